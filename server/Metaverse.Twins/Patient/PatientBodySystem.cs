using Metaverse.Twins.Numerics;
using Metaverse.Twins.Patient.Oncology;
using Metaverse.Twins.Patient.Organs;

namespace Metaverse.Twins.Patient;

/// <summary>
/// Everything a patient twin integrates, as one ODE system in hours: the compartmental PK/PD model
/// (indices 0..5, <see cref="PkPdSystem"/>), the PBPK organ model fed by the same doses
/// (<see cref="OrgansOffset"/> + <see cref="PbpkSystem"/> indices) and the Simeoni tumour model
/// (<see cref="TumourOffset"/> + 0..3, weights in g) driven by the compartmental plasma concentration
/// (mg/L × 1000 = ng/mL; its per-day rates divided by 24).
/// </summary>
public struct PatientBodySystem : IOdeSystem
{
    public const int OrgansOffset = PkPdSystem.Size;
    public const int TumourOffset = OrgansOffset + PbpkSystem.Size;
    public const int Size = TumourOffset + SimeoniModel.Size;
    private const double NgPerMlPerMgPerL = 1000;
    private const double DaysPerHour = 1.0 / 24;
    private PkPdSystem _pkPd;
    private PbpkSystem _organs;

    public PatientBodySystem(PkPdSystem pkPd, PbpkSystem organs, SimeoniParameters tumour)
    {
        (_pkPd, _organs) = (pkPd, organs);
        Tumour = tumour ?? throw new ArgumentNullException(nameof(tumour));
    }

    public readonly PkPdSystem PkPd => _pkPd;

    public readonly PbpkSystem Organs => _organs;

    public SimeoniParameters Tumour { get; }

    /// <summary>Sum of running infusion rates (mg/h), given to both body models.</summary>
    public double InfusionMgPerH
    {
        readonly get => _pkPd.InfusionMgPerH;
        set
        {
            _pkPd.InfusionMgPerH = value;
            _organs.InfusionMgPerH = value;
        }
    }

    public readonly int Dimension => Size;

    public readonly void Derivatives(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        _pkPd.Derivatives(t, y[..PkPdSystem.Size], dydt[..PkPdSystem.Size]);
        _organs.Derivatives(t, y.Slice(OrgansOffset, PbpkSystem.Size), dydt.Slice(OrgansOffset, PbpkSystem.Size));
        var concentration = NgPerMlPerMgPerL * y[PkPdSystem.Central] / _pkPd.V1L;
        SimeoniModel.Derivatives(Tumour, concentration, y.Slice(TumourOffset, SimeoniModel.Size), dydt.Slice(TumourOffset, SimeoniModel.Size), DaysPerHour);
    }
}
