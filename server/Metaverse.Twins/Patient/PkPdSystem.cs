using Metaverse.Twins.Numerics;
using Metaverse.Twins.Patient.Pd;
using Metaverse.Twins.Patient.Pk;

namespace Metaverse.Twins.Patient;

/// <summary>
/// The PK/PD model as ODEs (time in h, amounts in mg): depot A0' = −ka·A0; central
/// A1' = ka·A0 − (k10 + k12)·A1 + k21·A2 + R_inf; peripheral A2' = k12·A1 − k21·A2; cumulative
/// AUC' = C = A1/V1 (mg·h/L); eliminated Ae' = k10·A1 (mg); response R' from the indirect response
/// model. A 1-compartment model has k12 = k21 = 0. <see cref="InfusionMgPerH"/> is the current infusion rate.
/// </summary>
public struct PkPdSystem : IOdeSystem
{
    public const int Size = 6;
    public const int Depot = 0;
    public const int Central = 1;
    public const int Peripheral = 2;
    public const int Auc = 3;
    public const int Eliminated = 4;
    public const int Response = 5;

    public PkPdSystem(PkParameters pk, IndirectResponseModel pd = default)
    {
        Pk = pk ?? throw new ArgumentNullException(nameof(pk));
        var m = MicroConstants.From(pk);
        (K10, K12, K21, Ka, V1L, Pd) = (m.K10, m.K12, m.K21, m.Ka, pk.V1L, pd);
    }

    public PkParameters Pk { get; }

    public double K10 { get; }

    public double K12 { get; }

    public double K21 { get; }

    public double Ka { get; }

    public double V1L { get; }

    public IndirectResponseModel Pd { get; }

    /// <summary>Sum of running infusion rates, mg/h.</summary>
    public double InfusionMgPerH { get; set; }

    public readonly int Dimension => Size;

    public readonly void Derivatives(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        var depot = y[Depot];
        var central = y[Central];
        var peripheral = y[Peripheral];
        var conc = central / V1L;
        dydt[Depot] = -Ka * depot;
        dydt[Central] = (Ka * depot) - ((K10 + K12) * central) + (K21 * peripheral) + InfusionMgPerH;
        dydt[Peripheral] = (K12 * central) - (K21 * peripheral);
        dydt[Auc] = conc;
        dydt[Eliminated] = K10 * central;
        dydt[Response] = Pd.Rate(conc, y[Response]);
    }
}
