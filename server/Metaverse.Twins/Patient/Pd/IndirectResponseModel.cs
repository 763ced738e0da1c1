namespace Metaverse.Twins.Patient.Pd;

/// <summary>Which process the drug acts on (Dayneka, Garg &amp; Jusko, J Pharmacokinet Biopharm 21:457–478, 1993).</summary>
public enum IndirectResponseType
{
    /// <summary>No indirect response: the response stays at its initial value.</summary>
    None,

    /// <summary>I: inhibition of production, dR/dt = kin·(1 − I(C)) − kout·R.</summary>
    InhibitProduction,

    /// <summary>II: inhibition of loss, dR/dt = kin − kout·(1 − I(C))·R.</summary>
    InhibitLoss,

    /// <summary>III: stimulation of production, dR/dt = kin·(1 + S(C)) − kout·R.</summary>
    StimulateProduction,

    /// <summary>IV: stimulation of loss, dR/dt = kin − kout·(1 + S(C))·R.</summary>
    StimulateLoss,
}

/// <summary>
/// Indirect response model: zero-order production <see cref="KinPerH"/> (response units/h), first-order
/// loss <see cref="KoutPerH"/> (1/h), drug function I(C) = Imax·C/(IC50 + C) (types I, II; 0 ≤ Imax ≤ 1)
/// or S(C) = Smax·C/(SC50 + C) (types III, IV; Smax ≥ 0), with <see cref="MaxEffect"/> = Imax or Smax and
/// <see cref="C50MgPerL"/> = IC50 or SC50 in mg/L. Without drug the response rests at R0 = kin/kout.
/// </summary>
public readonly record struct IndirectResponseModel(
    IndirectResponseType Type, double KinPerH, double KoutPerH, double MaxEffect, double C50MgPerL)
{
    /// <summary>Baseline response R0 = kin/kout (response units).</summary>
    public double Baseline => Type == IndirectResponseType.None ? 0 : KinPerH / KoutPerH;

    /// <summary>dR/dt (response units/h) at concentration <paramref name="concMgPerL"/> and response <paramref name="response"/>.</summary>
    public double Rate(double concMgPerL, double response)
    {
        var drug = MaxEffect * concMgPerL / (C50MgPerL + concMgPerL);
        return Type switch
        {
            IndirectResponseType.InhibitProduction => (KinPerH * (1 - drug)) - (KoutPerH * response),
            IndirectResponseType.InhibitLoss => KinPerH - (KoutPerH * (1 - drug) * response),
            IndirectResponseType.StimulateProduction => (KinPerH * (1 + drug)) - (KoutPerH * response),
            IndirectResponseType.StimulateLoss => KinPerH - (KoutPerH * (1 + drug) * response),
            _ => 0,
        };
    }

    /// <summary>Steady-state response at a constant concentration (the analytic limit of <see cref="Rate"/> = 0).</summary>
    public double SteadyState(double concMgPerL)
    {
        var drug = MaxEffect * concMgPerL / (C50MgPerL + concMgPerL);
        return Type switch
        {
            IndirectResponseType.InhibitProduction => KinPerH * (1 - drug) / KoutPerH,
            IndirectResponseType.InhibitLoss => KinPerH / (KoutPerH * (1 - drug)),
            IndirectResponseType.StimulateProduction => KinPerH * (1 + drug) / KoutPerH,
            IndirectResponseType.StimulateLoss => KinPerH / (KoutPerH * (1 + drug)),
            _ => 0,
        };
    }
}
