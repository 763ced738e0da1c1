namespace Metaverse.Twins.Patient.Organs;

/// <summary>
/// Blood flows (L/h) and volumes (L) of one body, per <see cref="Tissue"/>. <see cref="FlowsLPerH"/>[Lung]
/// is the cardiac output; [Liver] is the hepatic artery only (the liver also receives the gut outflow);
/// the systemic flows (all but Lung) add up to the cardiac output.
/// </summary>
public sealed record Physiology(double BodyWeightKg, double[] FlowsLPerH, double[] VolumesL, double ArterialBloodL, double VenousBloodL)
{
    /// <summary>Cardiac output, L/h.</summary>
    public double CardiacOutputLPerH => FlowsLPerH[(int)Tissue.Lung];

    /// <summary>Total liver blood flow (hepatic artery + portal vein), L/h.</summary>
    public double LiverBloodFlowLPerH => FlowsLPerH[(int)Tissue.Liver] + FlowsLPerH[(int)Tissue.Gut];

    /// <summary>The reference adult: 70 kg (<see cref="ReferenceAdult"/>).</summary>
    public static Physiology Reference { get; } = ForBodyWeight(ReferenceAdult.BodyWeightKg);

    /// <summary>
    /// The reference adult scaled to <paramref name="bodyWeightKg"/>: volumes ∝ W, flows ∝ W^0.75, the
    /// tumour kept at its reference size; Rest takes up the difference so flows and volumes still add up.
    /// </summary>
    public static Physiology ForBodyWeight(double bodyWeightKg)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bodyWeightKg);
        var volumeScale = bodyWeightKg / ReferenceAdult.BodyWeightKg;
        var flowScale = Math.Pow(volumeScale, 0.75);
        var flows = new double[TissueNames.Count];
        var volumes = new double[TissueNames.Count];
        var tumour = (int)Tissue.Tumour;
        for (var i = 0; i < TissueNames.Count; i++)
        {
            flows[i] = ReferenceAdult.FlowFractions[i] * ReferenceAdult.CardiacOutputLPerH * (i == tumour ? 1 : flowScale);
            volumes[i] = ReferenceAdult.VolumesL[i] * (i == tumour ? 1 : volumeScale);
        }

        var rest = (int)Tissue.Rest;
        flows[rest] += (flowScale - 1) * ReferenceAdult.FlowFractions[tumour] * ReferenceAdult.CardiacOutputLPerH;
        volumes[rest] += (volumeScale - 1) * ReferenceAdult.VolumesL[tumour];
        var blood = ReferenceAdult.BloodL * volumeScale;
        return new Physiology(bodyWeightKg, flows, volumes, blood * ReferenceAdult.ArterialFraction, blood * (1 - ReferenceAdult.ArterialFraction));
    }
}
