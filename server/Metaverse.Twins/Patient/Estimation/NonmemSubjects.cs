using Metaverse.Twins.Core;
using Metaverse.Twins.Patient.Pk;

namespace Metaverse.Twins.Patient.Estimation;

/// <summary>Groups parsed rows into subjects: contiguous IDs, non-decreasing time, doses and observations.</summary>
internal static class NonmemSubjects
{
    public static List<SubjectData> Build(List<NonmemRow> rows, string[] covariateNames, List<TwinError> errors)
    {
        var subjects = new List<SubjectData>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var start = 0;
        while (start < rows.Count)
        {
            var end = start;
            while (end < rows.Count && rows[end].Id == rows[start].Id)
            {
                end++;
            }

            if (!seen.Add(rows[start].Id))
            {
                errors.Add(new TwinError($"line {rows[start].Line}, column ID", "each subject's rows together",
                    $"line {rows[start].Line}: rows of subject {rows[start].Id} are not contiguous"));
            }
            else
            {
                var subject = Subject(rows.GetRange(start, end - start), covariateNames, errors);
                if (subject is not null)
                {
                    subjects.Add(subject);
                }
            }

            start = end;
        }

        return subjects;
    }

    private static SubjectData? Subject(List<NonmemRow> rows, string[] covariateNames, List<TwinError> errors)
    {
        for (var i = 1; i < rows.Count; i++)
        {
            if (rows[i].TimeH < rows[i - 1].TimeH)
            {
                errors.Add(new TwinError($"line {rows[i].Line}, column TIME", "non-decreasing time within a subject",
                    $"line {rows[i].Line}: TIME {rows[i].TimeH} h is before the previous row's {rows[i - 1].TimeH} h (subject {rows[i].Id})"));
                return null;
            }
        }

        var doses = rows.Where(r => r.Evid == 1).Select(ToDose).ToArray();
        var observations = rows.Where(r => r.Evid == 0 && r.Mdv == 0).ToArray();
        var (record, error) = DosingRecord.Create(doses);
        if (record is null)
        {
            errors.Add(error!);
            return null;
        }

        var covariates = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var c = 0; c < covariateNames.Length; c++)
        {
            var value = rows.Select(r => r.Covariates[c]).FirstOrDefault(v => !double.IsNaN(v), double.NaN);
            if (!double.IsNaN(value))
            {
                covariates[covariateNames[c]] = value;
            }
        }

        return new SubjectData(rows[0].Id, record, [.. observations.Select(o => o.TimeH)], [.. observations.Select(o => o.Dv)], covariates);
    }

    private static Dose ToDose(NonmemRow row) => row switch
    {
        { Cmt: 1 } => new Dose(row.TimeH, row.Amt, Route.Oral),
        { Rate: > 0 } => new Dose(row.TimeH, row.Amt, Route.IvInfusion, row.Amt / row.Rate),
        _ => new Dose(row.TimeH, row.Amt, Route.IvBolus),
    };
}
