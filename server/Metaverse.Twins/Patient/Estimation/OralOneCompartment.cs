using Metaverse.Twins.Patient.Pk;

namespace Metaverse.Twins.Patient.Estimation;

/// <summary>
/// The "1cmt-oral" structural model in nlme's SSfol parameterisation: log-scale individual parameters
/// φ = (lKe, lKa, lCl) with ke (1/h), ka (1/h), CL (L/h per dose unit) and V = CL/ke (L). Predictions use
/// the closed-form PK evaluator (<see cref="ClosedFormPk"/>), so any dosing record is handled by superposition.
/// </summary>
public static class OralOneCompartment
{
    public const int Ke = 0;
    public const int Ka = 1;
    public const int Cl = 2;
    public const int Count = 3;

    /// <summary>The parameter names, in index order, as used by --random (ke, ka, cl).</summary>
    public static readonly string[] Names = ["ke", "ka", "cl"];

    /// <summary>PK parameters from log-scale φ (F = 1, no lag).</summary>
    public static PkParameters ToPk(ReadOnlySpan<double> logPhi)
    {
        var cl = Math.Exp(logPhi[Cl]);
        return PkParameters.OneCompartment(cl, cl / Math.Exp(logPhi[Ke]), Math.Exp(logPhi[Ka]));
    }

    /// <summary>Concentrations at <paramref name="timesH"/> for the subject's doses.</summary>
    public static void Predict(SubjectData subject, ReadOnlySpan<double> logPhi, ReadOnlySpan<double> timesH, Span<double> conc)
    {
        ArgumentNullException.ThrowIfNull(subject);
        new ClosedFormPk(ToPk(logPhi)).Predict(subject.Doses, timesH, conc);
    }
}
