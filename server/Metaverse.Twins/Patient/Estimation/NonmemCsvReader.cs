using System.Globalization;
using Metaverse.Twins.Core;

namespace Metaverse.Twins.Patient.Estimation;

/// <summary>
/// Reads NONMEM-style data (comma- or whitespace-separated, one header line, '#' comment lines).
/// Problems come back as <see cref="TwinError"/>s naming the line and column; the reader never throws on bad data.
/// Dose rows (EVID 1) go to CMT 1 = depot (oral) or CMT 2 = central (bolus, or infusion when RATE &gt; 0),
/// as in NONMEM's ADVAN2; EVID 2 rows are ignored; EVID 0 rows with MDV 1 are not observations.
/// A '.' or empty field is 0, as in NONMEM, except ID and TIME which must be given.
/// </summary>
public static class NonmemCsvReader
{
    /// <summary>At most this many errors are reported.</summary>
    public const int MaxErrors = 25;

    public static NonmemReadResult ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return File.Exists(path) ? Parse(File.ReadAllText(path))
            : new NonmemReadResult(null, [new TwinError("data", "an existing CSV file", $"file '{path}' does not exist")]);
    }

    public static NonmemReadResult Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n');
        var headerIndex = Array.FindIndex(lines, l => !IsBlankOrComment(l));
        if (headerIndex < 0)
        {
            return Fail(new TwinError("data", "a header line and rows", "the data set is empty"));
        }

        var header = Split(lines[headerIndex]).Select(h => h.Trim().ToUpperInvariant()).ToArray();
        var missing = NonmemColumns.Required.Where(r => !header.Contains(r)).ToArray();
        if (missing.Length > 0)
        {
            return Fail(new TwinError("header", "columns " + string.Join(", ", NonmemColumns.Required),
                $"line {headerIndex + 1}: missing required column(s) {string.Join(", ", missing)}"));
        }

        var layout = new NonmemLayout(header);
        var errors = new List<TwinError>();
        var rows = new List<NonmemRow>();
        for (var i = headerIndex + 1; i < lines.Length && errors.Count < MaxErrors; i++)
        {
            if (!IsBlankOrComment(lines[i]))
            {
                var row = layout.ParseRow(Split(lines[i]), i + 1, errors);
                if (row is { } ok)
                {
                    rows.Add(ok);
                }
            }
        }

        if (errors.Count == 0 && rows.Count == 0)
        {
            errors.Add(new TwinError("data", "at least one data row", "the data set has a header but no rows"));
        }

        var subjects = errors.Count == 0 ? NonmemSubjects.Build(rows, layout.CovariateNames, errors) : null;
        return errors.Count == 0 ? new NonmemReadResult(new NonmemDataset(subjects!), []) : new NonmemReadResult(null, errors);
    }

    internal static bool TryNumber(string field, out double value)
    {
        var t = field.Trim();
        if (t.Length == 0 || t == ".")
        {
            value = 0;
            return true;
        }

        return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }

    private static NonmemReadResult Fail(TwinError error) => new(null, [error]);

    private static bool IsBlankOrComment(string line)
    {
        var t = line.Trim();
        return t.Length == 0 || t.StartsWith('#');
    }

    private static string[] Split(string line)
    {
        var t = line.TrimEnd('\r');
        return t.Contains(',', StringComparison.Ordinal) ? t.Split(',')
            : t.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
    }
}
