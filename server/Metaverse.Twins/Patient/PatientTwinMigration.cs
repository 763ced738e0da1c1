using Metaverse.Twins.Patient.Oncology;
using Metaverse.Twins.Patient.Organs;

namespace Metaverse.Twins.Patient;

/// <summary>
/// Snapshot migrations of the patient twin, one version at a time. 1 → 2: a version-1 patient had no
/// organ or tumour model. The PBPK parameters are derived from its covariates and individual PK as for a
/// new patient (default drug properties); the drug in the body (central + peripheral) is distributed over
/// blood and tissues at equilibrium; the oral depot (F·dose in version 1) becomes a gut-lumen depot of
/// depot/F; the eliminated amount is split hepatic/renal by the PBPK clearances. So the migrated organ
/// model holds the same drug as the compartmental one. The tumour starts untreated at its initial weight.
/// </summary>
internal static class PatientTwinMigration
{
    public static PatientTwinState FromVersion1(PatientTwinState v1)
    {
        var model = PatientModel.Default;
        var organs = PatientPbpk.For(v1.Covariates, v1.Pk, model.Covariates, model.Organs);
        var y = new double[PbpkSystem.Size];
        PbpkDistribution.AddEquilibrated(organs, v1.Y[PkPdSystem.Central] + v1.Y[PkPdSystem.Peripheral], y);
        y[PbpkSystem.Depot] = v1.Y[PkPdSystem.Depot] / v1.Pk.Bioavailability;
        var hepaticShare = organs.HepaticPlasmaClearanceLPerH / organs.PlasmaClearanceLPerH;
        y[PbpkSystem.EliminatedHepatic] = hepaticShare * v1.Y[PkPdSystem.Eliminated];
        y[PbpkSystem.EliminatedRenal] = (1 - hepaticShare) * v1.Y[PkPdSystem.Eliminated];
        var tumour = new double[SimeoniModel.Size];
        SimeoniModel.Initialise(model.Tumour, tumour);
        return v1 with { Organs = organs, Tumour = model.Tumour, OrganState = y, TumourState = tumour };
    }
}
