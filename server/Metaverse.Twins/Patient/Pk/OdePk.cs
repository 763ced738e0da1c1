namespace Metaverse.Twins.Patient.Pk;

/// <summary>
/// PK predictions by numerical integration (Dormand–Prince 5(4), rtol 1e-10, atol 1e-12 mg) of the
/// compartment ODEs, for checking the closed forms and for models without one. Not thread-safe.
/// </summary>
public sealed class OdePk(PkParameters parameters) : IPkPredictor
{
    private readonly PkPdSimulator _simulator = new();

    public PkParameters Parameters { get; } = parameters ?? throw new ArgumentNullException(nameof(parameters));

    public void Predict(DosingRecord record, ReadOnlySpan<double> timesH, Span<double> concMgPerL) =>
        _simulator.Run(new PkPdSystem(Parameters), record, timesH, concMgPerL, []);

    /// <summary>Runs to <paramref name="timeH"/> and returns the full state (depot, central, peripheral, AUC, eliminated, response).</summary>
    public double[] StateAt(DosingRecord record, double timeH)
    {
        Span<double> conc = stackalloc double[1];
        _simulator.Run(new PkPdSystem(Parameters), record, [timeH], conc, []);
        return _simulator.State.ToArray();
    }
}
