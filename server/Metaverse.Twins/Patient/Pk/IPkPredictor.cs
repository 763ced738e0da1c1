namespace Metaverse.Twins.Patient.Pk;

/// <summary>
/// A PK model with fixed parameters: predictions of central concentration (mg/L) at given times
/// (h, ascending, ≥ 0) for a dosing record. The building block of simulation and estimation.
/// </summary>
public interface IPkPredictor
{
    PkParameters Parameters { get; }

    void Predict(DosingRecord record, ReadOnlySpan<double> timesH, Span<double> concMgPerL);
}

/// <summary>How predictions are computed: exact superposition or the adaptive ODE solver.</summary>
public enum PkMethod
{
    ClosedForm,
    Ode,
}

/// <summary>Builds a predictor for a parameter set.</summary>
public static class PkPredictor
{
    public static IPkPredictor For(PkParameters parameters, PkMethod method = PkMethod.ClosedForm) => method switch
    {
        PkMethod.ClosedForm => new ClosedFormPk(parameters),
        PkMethod.Ode => new OdePk(parameters),
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "unknown method"),
    };
}
