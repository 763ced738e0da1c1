namespace Metaverse.Twins.Patient.Estimation;

/// <summary>A parsed NONMEM-style data set: subjects in order of first appearance.</summary>
public sealed record NonmemDataset(IReadOnlyList<SubjectData> Subjects)
{
    /// <summary>Total number of observations over all subjects.</summary>
    public int ObservationCount => Subjects.Sum(s => s.Count);
}
