using System.CommandLine;

namespace Metaverse.Benchmarks;

/// <summary>Range checks for command-line options, with an error naming the flag and its range.</summary>
internal static class CommandRanges
{
    public static void Require<T>(Option<T> option, double min, double max)
        where T : IConvertible => option.Validators.Add(result =>
        {
            var value = Convert.ToDouble(result.GetValueOrDefault<T>(), System.Globalization.CultureInfo.InvariantCulture);
            if (value < min || value > max)
            {
                result.AddError($"{option.Name} must be in {min}–{max}, got {value}");
            }
        });
}
