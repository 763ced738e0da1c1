using System.CommandLine;
using System.Globalization;
using Metaverse.Twins.Core;

namespace Metaverse.Server.Cli.Simulate;

/// <summary>
/// Reads string-typed flags and checks them by hand, so that every bad value — not a number, out of
/// range, unknown token — ends in one message naming the flag and its accepted range, and exit code 2
/// (System.CommandLine's own parse errors would exit with 1).
/// </summary>
internal sealed class FlagReader(ParseResult parse)
{
    /// <summary>The first error met, naming the flag; later reads are skipped once one is set.</summary>
    public TwinError? Error { get; private set; }

    /// <summary>A number flag in [min, max]; its default when absent.</summary>
    public double Number(Option<string?> option, double min, double max, double fallback)
    {
        var text = parse.GetValue(option);
        if (Error is not null || text is null)
        {
            return fallback;
        }

        var spec = new ParameterSpec(option.Name, string.Empty, min, max, fallback, option.Description ?? option.Name);
        Error = spec.TryParse(text, out var value);
        return value;
    }

    /// <summary>A duration flag ("14d", "1h") in (0, max] seconds.</summary>
    public double Duration(Option<string?> option, double maxSeconds, double fallback)
    {
        var text = parse.GetValue(option);
        if (Error is not null || text is null)
        {
            return fallback;
        }

        Error = SimDuration.TryParseSeconds(text, option.Name, out var seconds);
        if (Error is null && (seconds <= 0 || seconds > maxSeconds))
        {
            Error = new TwinError(option.Name, Inv($"more than 0 s and at most {maxSeconds / 86400:G6} d"), $"'{text}' is out of range");
        }

        return seconds;
    }

    /// <summary>Fails on tokens no option took (the command leaves them unmatched rather than erroring itself).</summary>
    public void RejectUnmatched()
    {
        if (Error is null && parse.UnmatchedTokens.Count > 0)
        {
            Error = new TwinError(parse.UnmatchedTokens[0], "the flags listed by --help", $"unknown flag or value '{parse.UnmatchedTokens[0]}'");
        }
    }

    public void Fail(TwinError error) => Error ??= error;

    /// <summary>Writes the error and returns exit code 2, or returns null when all flags were good.</summary>
    public int? Report(TextWriter error)
    {
        if (Error is null)
        {
            return null;
        }

        error.WriteLine($"error: {Error}");
        return SimulateCommand.ExitBadInput;
    }

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
