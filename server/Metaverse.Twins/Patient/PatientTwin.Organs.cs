using Metaverse.Twins.Patient.Oncology;
using Metaverse.Twins.Patient.Organs;

namespace Metaverse.Twins.Patient;

/// <summary>The organ and tumour channels of the patient twin (PBPK concentrations, Simeoni tumour weight).</summary>
public sealed partial class PatientTwin
{
    /// <summary>Tumour density assumed by Simeoni et al. (1 g = 1 mL).</summary>
    private const double TumourDensityGPerMl = 1;

    /// <summary>Writes venous plasma, the tissue concentrations (mg/L), tumour weight (g) and volume (mL), in channel order.</summary>
    private void ReadOrgans(Span<double> values)
    {
        var organs = _system.Organs;
        var y = _y.AsSpan(PatientBodySystem.OrgansOffset, PbpkSystem.Size);
        values[0] = organs.VenousPlasma(y);
        for (var i = 0; i < TissueNames.Count; i++)
        {
            values[1 + i] = organs.TissueConcentration(y, (Tissue)i);
        }

        var weight = SimeoniModel.Weight(_y.AsSpan(PatientBodySystem.TumourOffset, SimeoniModel.Size));
        values[1 + TissueNames.Count] = weight;
        values[2 + TissueNames.Count] = weight / TumourDensityGPerMl;
    }
}
