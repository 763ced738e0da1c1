using Metaverse.Twins.Core;

namespace Metaverse.Twins.Patient.Estimation;

/// <summary>Column positions of a header, and the parsing of one row against them.</summary>
internal sealed class NonmemLayout
{
    private readonly string[] _header;
    private readonly Dictionary<string, int> _index;
    private readonly int[] _covariateColumns;

    public NonmemLayout(string[] header)
    {
        _header = header;
        _index = [];
        for (var i = 0; i < header.Length; i++)
        {
            _index.TryAdd(header[i], i);
        }

        _covariateColumns = [.. Enumerable.Range(0, header.Length).Where(i => !NonmemColumns.Standard.Contains(header[i]) && header[i].Length > 0)];
        CovariateNames = [.. _covariateColumns.Select(i => header[i].ToLowerInvariant())];
    }

    public string[] CovariateNames { get; }

    /// <summary>The row, or null after adding the errors found (line and column named).</summary>
    public NonmemRow? ParseRow(string[] fields, int line, List<TwinError> errors)
    {
        if (fields.Length != _header.Length)
        {
            errors.Add(new TwinError($"line {line}", $"{_header.Length} fields", $"line {line} has {fields.Length} fields, the header has {_header.Length}"));
            return null;
        }

        var before = errors.Count;
        var id = fields[_index[NonmemColumns.Id]].Trim();
        if (id.Length == 0 || id == ".")
        {
            errors.Add(new TwinError($"line {line}, column ID", "a subject identifier", $"line {line}: ID is empty"));
        }

        var timeText = fields[_index[NonmemColumns.Time]].Trim();
        var amt = Number(fields, NonmemColumns.Amt, line, 0, errors);
        var time = timeText.Length == 0 || timeText == "." ? double.NaN : Number(fields, NonmemColumns.Time, line, 0, errors);
        var evid = (int)Number(fields, NonmemColumns.Evid, line, amt > 0 ? 1 : 0, errors);
        if (double.IsNaN(time))
        {
            var what = evid == 1 ? "dose without a time" : "row without a time";
            errors.Add(new TwinError($"line {line}, column TIME", "a time ≥ 0 h", $"line {line}: {what}"));
        }
        else if (time < 0)
        {
            errors.Add(new TwinError($"line {line}, column TIME", "a time ≥ 0 h", $"line {line}: TIME {time} is negative"));
        }

        var row = new NonmemRow(line, id, time, Number(fields, NonmemColumns.Dv, line, 0, errors), amt, evid,
            (int)Number(fields, NonmemColumns.Mdv, line, evid == 0 ? 0 : 1, errors), (int)Number(fields, NonmemColumns.Cmt, line, 1, errors),
            Number(fields, NonmemColumns.Rate, line, 0, errors), [.. _covariateColumns.Select(c => Covariate(fields, c, line, errors))]);
        Check(row, errors);
        return errors.Count == before ? row : null;
    }

    private static void Check(NonmemRow row, List<TwinError> errors)
    {
        if (row.Evid is not (0 or 1 or 2))
        {
            errors.Add(new TwinError($"line {row.Line}, column EVID", "0 (observation), 1 (dose) or 2 (other)", $"line {row.Line}: EVID {row.Evid} is not supported"));
        }
        else if (row.Evid == 1 && !(row.Amt > 0))
        {
            errors.Add(new TwinError($"line {row.Line}, column AMT", "> 0", $"line {row.Line}: a dose row (EVID 1) needs AMT > 0, got {row.Amt}"));
        }
        else if (row.Evid == 1 && row.Cmt is not (1 or 2))
        {
            errors.Add(new TwinError($"line {row.Line}, column CMT", "1 (depot, oral) or 2 (central)", $"line {row.Line}: CMT {row.Cmt} is not a dosing compartment"));
        }
        else if (row.Rate < 0)
        {
            errors.Add(new TwinError($"line {row.Line}, column RATE", "≥ 0", $"line {row.Line}: RATE {row.Rate} is negative"));
        }
    }

    private double Number(string[] fields, string column, int line, double fallback, List<TwinError> errors)
    {
        if (!_index.TryGetValue(column, out var i))
        {
            return fallback;
        }

        if (fields[i].Trim() is "" or "." && column is NonmemColumns.Evid or NonmemColumns.Mdv or NonmemColumns.Cmt)
        {
            return fallback;
        }

        if (NonmemCsvReader.TryNumber(fields[i], out var value))
        {
            return value;
        }

        errors.Add(new TwinError($"line {line}, column {column}", "a number", $"line {line}: {column} '{fields[i].Trim()}' is not a number"));
        return 0;
    }

    private double Covariate(string[] fields, int column, int line, List<TwinError> errors)
    {
        var t = fields[column].Trim();
        if (t.Length == 0 || t == ".")
        {
            return double.NaN;
        }

        if (NonmemCsvReader.TryNumber(t, out var value))
        {
            return value;
        }

        errors.Add(new TwinError($"line {line}, column {_header[column]}", "a number", $"line {line}: {_header[column]} '{t}' is not a number"));
        return double.NaN;
    }
}
