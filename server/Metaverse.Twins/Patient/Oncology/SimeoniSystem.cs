using Metaverse.Twins.Numerics;

namespace Metaverse.Twins.Patient.Oncology;

/// <summary>The Simeoni model alone, time in days, driven by a concentration (ng/mL) held constant between calls.</summary>
public struct SimeoniSystem(SimeoniParameters parameters) : IOdeSystem
{
    public SimeoniParameters Parameters { get; } = parameters ?? throw new ArgumentNullException(nameof(parameters));

    /// <summary>Drug concentration driving the kill term, ng/mL.</summary>
    public double ConcentrationNgPerMl { get; set; }

    public readonly int Dimension => SimeoniModel.Size;

    public readonly void Derivatives(double t, ReadOnlySpan<double> y, Span<double> dydt) =>
        SimeoniModel.Derivatives(Parameters, ConcentrationNgPerMl, y, dydt);
}
