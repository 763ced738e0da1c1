using Metaverse.Twins.Core;

namespace Metaverse.Twins.Patient.Estimation;

/// <summary>The data set, or every problem found (each naming line and column); never both.</summary>
public sealed record NonmemReadResult(NonmemDataset? Dataset, IReadOnlyList<TwinError> Errors)
{
    public bool Ok => Dataset is not null;
}
