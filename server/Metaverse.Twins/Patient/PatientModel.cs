using Metaverse.Twins.Patient.Oncology;
using Metaverse.Twins.Patient.Organs;
using Metaverse.Twins.Patient.Pd;
using Metaverse.Twins.Patient.Pk;
using Metaverse.Twins.Patient.Variability;

namespace Metaverse.Twins.Patient;

/// <summary>
/// The drug model a patient twin is built from: population PK for a 70 kg adult, covariate model,
/// IIV, and PD (direct sigmoid Emax effect in % of maximum, indirect-response biomarker, receptor
/// occupancy from Kd in mg/L) and the residual error of a measured level.
/// </summary>
public sealed record PatientModel(
    PkParameters Population, CovariateModel Covariates, LogNormalIiv Iiv, EmaxModel Effect,
    IndirectResponseModel Biomarker, double KdMgPerL, ResidualError Residual)
{
    /// <summary>Drug properties of the PBPK organ model (fu, B:P, Kp); clearance and F come from the individual PK.</summary>
    public OrganDrug Organs { get; init; } = OrganDrug.Default;

    /// <summary>Tumour growth inhibition parameters (Simeoni), driven by the plasma concentration.</summary>
    public SimeoniParameters Tumour { get; init; } = SimeoniParameters.Default;

    /// <summary>
    /// A generic small-molecule, 2-compartment oral/IV drug (illustrative values, not a real product):
    /// CL 5 L/h (40 % renal), V1 30 L, Q 10 L/h, V2 60 L, ka 1 /h, F 0.8, lag 0.25 h; IIV ω² 0.09 on CL,
    /// 0.04 on V1, 0.16 on ka; effect Emax 100 % at EC50 2 mg/L; biomarker type I with kin 10 /h,
    /// kout 0.1 /h (baseline 100), Imax 0.9, IC50 2 mg/L; Kd 1 mg/L; residual 0.05 mg/L + 10 %.
    /// </summary>
    public static PatientModel Default { get; } = new(
        PkParameters.TwoCompartment(5, 30, 10, 60, kaPerH: 1, bioavailability: 0.8, lagH: 0.25),
        new CovariateModel(RenalFraction: 0.4),
        LogNormalIiv.Create(["cl", "v1", "ka"], new double[,] { { 0.09, 0, 0 }, { 0, 0.04, 0 }, { 0, 0, 0.16 } }).Iiv!,
        new EmaxModel(0, 100, 2),
        new IndirectResponseModel(IndirectResponseType.InhibitProduction, 10, 0.1, 0.9, 2),
        1,
        new ResidualError(0.05, 0.1));
}
