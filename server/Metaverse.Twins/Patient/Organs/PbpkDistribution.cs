namespace Metaverse.Twins.Patient.Organs;

/// <summary>
/// Puts an amount of drug into the PBPK state as if distribution had equilibrated (no clearance-organ
/// correction): tissue T gets a share ∝ Kp_T·V_T, each blood pool ∝ B:P·V_blood, i.e. the share of the
/// amount a common plasma concentration gives. Used to migrate snapshots that had no PBPK state.
/// </summary>
public static class PbpkDistribution
{
    /// <summary>Adds <paramref name="amountMg"/> to blood and tissues of <paramref name="y"/> (a PBPK state).</summary>
    public static void AddEquilibrated(PbpkParameters parameters, double amountMg, Span<double> y)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var plasma = amountMg / parameters.SteadyStateVolumeL;
        var (body, drug) = (parameters.Body, parameters.Drug);
        y[PbpkSystem.Venous] += plasma * drug.BloodPlasmaRatio * body.VenousBloodL;
        y[PbpkSystem.Arterial] += plasma * drug.BloodPlasmaRatio * body.ArterialBloodL;
        for (var i = 0; i < TissueNames.Count; i++)
        {
            y[PbpkSystem.FirstTissue + i] += plasma * drug.Kp[i] * body.VolumesL[i];
        }
    }
}
