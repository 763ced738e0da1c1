using Metaverse.Twins.Core;

namespace Metaverse.Twins.Patient.Organs;

/// <summary>
/// Everything the minimal PBPK model needs: body (<see cref="Physiology"/>), drug (<see cref="OrganDrug"/>),
/// unbound hepatic intrinsic clearance <see cref="HepaticClintLPerH"/> (L/h, acts on the unbound liver
/// venous concentration fu·C_liver/Kp_liver), glomerular filtration rate <see cref="GfrLPerH"/> (L/h) and
/// <see cref="RenalFactor"/> (renal unbound clearance as a multiple of GFR: 1 = filtration only, &gt; 1 net
/// secretion, &lt; 1 net reabsorption), first-order oral absorption <see cref="KaPerH"/> (1/h) from the gut
/// lumen into the gut tissue and the fraction absorbed <see cref="FractionAbsorbed"/> (0–1).
/// </summary>
public sealed record PbpkParameters(
    Physiology Body, OrganDrug Drug, double HepaticClintLPerH, double GfrLPerH, double RenalFactor, double KaPerH, double FractionAbsorbed)
{
    /// <summary>The reference 70 kg adult with the default drug: CLint,u 10 L/h, GFR 7.5 L/h (125 mL/min), filtration only, ka 1 /h, Fa 1.</summary>
    public static PbpkParameters Default { get; } = new(Physiology.Reference, OrganDrug.Default, 10, 7.5, 1, 1, 1);

    /// <summary>Unbound hepatic clearance X_H = fu·CLint,u, L/h.</summary>
    public double HepaticUnboundClearanceLPerH => Drug.FractionUnbound * HepaticClintLPerH;

    /// <summary>Unbound renal clearance X_R = fu·factor·GFR, L/h.</summary>
    public double RenalUnboundClearanceLPerH => Drug.FractionUnbound * RenalFactor * GfrLPerH;

    /// <summary>Well-stirred hepatic plasma clearance, L/h.</summary>
    public double HepaticPlasmaClearanceLPerH =>
        WellStirred.PlasmaClearance(Body.LiverBloodFlowLPerH, Drug.BloodPlasmaRatio, HepaticUnboundClearanceLPerH);

    /// <summary>Well-stirred renal plasma clearance, L/h.</summary>
    public double RenalPlasmaClearanceLPerH =>
        WellStirred.PlasmaClearance(Body.FlowsLPerH[(int)Tissue.Kidney], Drug.BloodPlasmaRatio, RenalUnboundClearanceLPerH);

    /// <summary>Total plasma clearance (hepatic + renal), L/h: the steady-state infusion rate over arterial plasma concentration.</summary>
    public double PlasmaClearanceLPerH => HepaticPlasmaClearanceLPerH + RenalPlasmaClearanceLPerH;

    /// <summary>Oral bioavailability Fa·F_H (F_H: fraction escaping the liver on first pass).</summary>
    public double OralBioavailability =>
        FractionAbsorbed * WellStirred.Escaping(Body.LiverBloodFlowLPerH, Drug.BloodPlasmaRatio, HepaticUnboundClearanceLPerH);

    /// <summary>Volume of distribution at steady state referred to plasma, Σ Kp·V_T + B:P·V_blood, L (no clearance-organ correction).</summary>
    public double SteadyStateVolumeL
    {
        get
        {
            var sum = Drug.BloodPlasmaRatio * (Body.ArterialBloodL + Body.VenousBloodL);
            for (var i = 0; i < TissueNames.Count; i++)
            {
                sum += Drug.Kp[i] * Body.VolumesL[i];
            }

            return sum;
        }
    }

    /// <summary>Null when the parameters describe a model, else the error naming the parameter and its accepted range.</summary>
    public TwinError? Validate()
    {
        if (Body.FlowsLPerH.Length != TissueNames.Count || Body.VolumesL.Length != TissueNames.Count || Drug.Kp.Length != TissueNames.Count)
        {
            return new TwinError("tissues", $"{TissueNames.Count} values", "flows, volumes and Kp need one value per tissue");
        }

        for (var i = 0; i < TissueNames.Count; i++)
        {
            var name = ((Tissue)i).Name();
            var error = Positive($"{name}.flow", Body.FlowsLPerH[i], "L/h") ?? Positive($"{name}.volume", Body.VolumesL[i], "L")
                ?? Positive($"{name}.kp", Drug.Kp[i], "");
            if (error is not null)
            {
                return error;
            }
        }

        return Positive("arterial_volume", Body.ArterialBloodL, "L") ?? Positive("venous_volume", Body.VenousBloodL, "L")
            ?? Fraction("fu", Drug.FractionUnbound, false) ?? Positive("bp", Drug.BloodPlasmaRatio, "")
            ?? NonNegative("clint", HepaticClintLPerH, "L/h") ?? NonNegative("gfr", GfrLPerH, "L/h")
            ?? NonNegative("renal_factor", RenalFactor, "") ?? NonNegative("ka", KaPerH, "1/h")
            ?? Fraction("fa", FractionAbsorbed, true);
    }

    private static TwinError? Positive(string name, double value, string unit) =>
        double.IsFinite(value) && value > 0 && value < 1e9 ? null : new TwinError(name, $"> 0 and < 1e9 {unit}".TrimEnd(), $"{value} is not valid");

    private static TwinError? NonNegative(string name, double value, string unit) =>
        double.IsFinite(value) && value >= 0 && value < 1e9 ? null : new TwinError(name, $"≥ 0 and < 1e9 {unit}".TrimEnd(), $"{value} is not valid");

    private static TwinError? Fraction(string name, double value, bool zeroAllowed) =>
        double.IsFinite(value) && (zeroAllowed ? value >= 0 : value > 0) && value <= 1 ? null
            : new TwinError(name, zeroAllowed ? "0–1" : "0 < x ≤ 1", $"{value} is not a fraction");
}
