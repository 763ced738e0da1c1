using System.Globalization;

namespace Metaverse.Twins.Core;

/// <summary>
/// A model parameter or setpoint: its name, unit (UCUM where one exists), valid closed range
/// [<see cref="Min"/>, <see cref="Max"/>] and default.
/// </summary>
public sealed record ParameterSpec(string Name, string Unit, double Min, double Max, double Default, string Description)
{
    /// <summary>The accepted range as users read it, e.g. "0.5–60 kg/h".</summary>
    public string Range => string.Create(CultureInfo.InvariantCulture, $"{Min:G6}–{Max:G6}{(Unit.Length > 0 ? " " + Unit : string.Empty)}");

    /// <summary>Null when <paramref name="value"/> is finite and in range, else the error naming this parameter.</summary>
    public TwinError? Check(double value) =>
        double.IsFinite(value) && value >= Min && value <= Max
            ? null
            : new TwinError(Name, Range, string.Create(CultureInfo.InvariantCulture, $"{value:G6} is outside the valid range"));

    /// <summary>Parses an invariant-culture number and checks its range.</summary>
    public TwinError? TryParse(string? text, out double value)
    {
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            return new TwinError(Name, Range, $"'{text}' is not a number");
        }

        return Check(value);
    }
}
