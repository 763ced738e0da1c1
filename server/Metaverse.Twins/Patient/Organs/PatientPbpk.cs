using Metaverse.Twins.Patient.Pk;
using Metaverse.Twins.Patient.Variability;

namespace Metaverse.Twins.Patient.Organs;

/// <summary>
/// PBPK parameters consistent with one patient's compartmental PK: body scaled to the patient's weight,
/// GFR = Cockcroft–Gault creatinine clearance, and the hepatic CLint and renal factor solved (well-stirred
/// inversion) so that the PBPK plasma clearance equals the individual CL, split renal/hepatic as the
/// covariate model splits it; Fa chosen so that Fa·F_H equals the individual F (capped at 1); ka as in the PK.
/// </summary>
public static class PatientPbpk
{
    /// <summary>Hepatic plasma clearance is capped at this fraction of liver plasma flow (Q·B:P) so the inversion exists.</summary>
    public const double MaxExtraction = 0.95;

    public static PbpkParameters For(PatientCovariates covariates, PkParameters pk, CovariateModel covariateModel, OrganDrug drug)
    {
        ArgumentNullException.ThrowIfNull(covariates);
        ArgumentNullException.ThrowIfNull(pk);
        ArgumentNullException.ThrowIfNull(covariateModel);
        ArgumentNullException.ThrowIfNull(drug);
        var body = Physiology.ForBodyWeight(covariates.WeightKg);
        var bp = drug.BloodPlasmaRatio;
        var relative = covariates.CreatinineClearanceMlPerMin / covariateModel.ReferenceCrClMlPerMin;
        var fe = covariateModel.RenalFraction;
        var renalShare = fe * relative / (1 - fe + (fe * relative));
        var kidneyFlow = body.FlowsLPerH[(int)Tissue.Kidney];
        var renal = Math.Min(renalShare * pk.ClLPerH, MaxExtraction * kidneyFlow * bp);
        var hepatic = Math.Min(pk.ClLPerH - (renalShare * pk.ClLPerH), MaxExtraction * body.LiverBloodFlowLPerH * bp);
        var xh = WellStirred.UnboundClearanceFor(body.LiverBloodFlowLPerH, bp, hepatic);
        var xr = WellStirred.UnboundClearanceFor(kidneyFlow, bp, renal);
        var gfr = covariates.CreatinineClearanceMlPerMin * 0.06;
        var fa = Math.Min(1, pk.Bioavailability / WellStirred.Escaping(body.LiverBloodFlowLPerH, bp, xh));
        return new PbpkParameters(body, drug, xh / drug.FractionUnbound, gfr, xr / (drug.FractionUnbound * gfr), pk.KaPerH, fa);
    }
}
