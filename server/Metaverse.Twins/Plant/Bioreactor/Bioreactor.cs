using Metaverse.Twins.Core;
using Metaverse.Twins.Numerics;
using P = Metaverse.Twins.Plant.Bioreactor.BioreactorParameters;
using S = Metaverse.Twins.Plant.Bioreactor.CultureState;

namespace Metaverse.Twins.Plant.Bioreactor;

/// <summary>
/// A fed-batch CHO bioreactor producing a monoclonal antibody (Xing et al. 2010 kinetics) with
/// temperature, pH and dissolved-oxygen loops, feeding, harvest and training faults. The culture ODE
/// is integrated by an adaptive Dormand–Prince RK5(4); the controllers sample every
/// <see cref="SamplePeriodSeconds"/> of simulated time at fixed instants, whatever the step size.
/// </summary>
public sealed partial class Bioreactor : ITwin
{
    /// <summary>Controller sample period, s.</summary>
    public const double SamplePeriodSeconds = 10;

    private readonly double[] _parameters;
    private readonly double[] _y = new double[S.Count];
    private readonly CultureModel _model;
    private readonly DormandPrince45 _solver;

    /// <summary>The step the solver proposes next, in hours: state, so snapshots restore exactly.</summary>
    private double _solverStep;
    private readonly ControlLoop _temperature;
    private readonly ControlLoop _ph;
    private readonly ControlLoop _oxygen;
    private TwinRandom _random;
    private long _samples;
    private bool _harvested;
    private double _feedOverride = -1;
    private double _inoculatedAt;

    /// <summary>A batch just inoculated with <paramref name="parameters"/> (indexed as <see cref="BioreactorParameters"/>).</summary>
    public Bioreactor(IReadOnlyList<double> parameters, ulong seed, double relativeTolerance = 1e-6)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (parameters.Count != P.All.Count)
        {
            throw new ArgumentException($"expected {P.All.Count} parameters, got {parameters.Count}", nameof(parameters));
        }

        _parameters = [.. parameters];
        _model = new CultureModel(_parameters);
        _solver = new DormandPrince45(S.Count, relativeTolerance, relativeTolerance * 1e-3);
        _temperature = new ControlLoop("temperature", new PidController(0.07, 1800, 60, 0, 1), 0.02, 1.0, 0.5);
        _ph = new ControlLoop("ph", new PidController(10, 1800, 0, -1, 1), 0.005, 0.2, 0.05);
        _oxygen = new ControlLoop("do", new PidController(0.006, 120, 0, 0, 1), 0.3, 15, 5);
        _random = new TwinRandom(seed);
        Inoculate();
    }

    public string Kind => "bioreactor";

    public double TimeSeconds { get; private set; }

    public IReadOnlyList<ParameterSpec> Parameters => P.All;

    public IReadOnlyList<ChannelSpec> Channels => BioreactorChannels.All;

    /// <summary>The parameter values this batch runs with (indexed as <see cref="BioreactorParameters"/>).</summary>
    public IReadOnlyList<double> ParameterValues => _parameters;

    /// <summary>Steps accepted by the ODE solver so far (diagnostics).</summary>
    public long SolverSteps => _solver.AcceptedSteps;

    /// <summary>The default batch: Xing et al. (2010) kinetics, 1500 L inoculated at 0.5·10^6 cells/mL, fed from day 3.</summary>
    public static Bioreactor CreateDefault(ulong seed) => new(P.Defaults(), seed);

    public void Step(double dtSeconds)
    {
        if (!(dtSeconds >= 0) || double.IsPositiveInfinity(dtSeconds))
        {
            throw new ArgumentOutOfRangeException(nameof(dtSeconds), dtSeconds, "a step is a finite number of seconds ≥ 0");
        }

        var end = TimeSeconds + dtSeconds;
        while (TimeSeconds < end)
        {
            var nextSample = (_samples + 1) * SamplePeriodSeconds;
            var stop = Math.Min(nextSample, end);
            if (!_harvested)
            {
                _model.FeedRate = CurrentFeedRate();
                var model = _model;
                _solver.Integrate(ref model, TimeSeconds / 3600, stop / 3600, _y, ref _solverStep);
            }

            TimeSeconds = stop;
            if (stop >= nextSample - 1e-9)
            {
                _samples++;
                Control();
            }
        }
    }

    public void ReadChannels(Span<double> values)
    {
        var y = _y;
        values[0] = y[S.Viable];
        values[1] = y[S.Total];
        values[2] = y[S.Total] > 0 ? 100 * y[S.Viable] / y[S.Total] : 0;
        values[3] = y[S.Glucose];
        values[4] = y[S.Glutamine];
        values[5] = y[S.Lactate];
        values[6] = y[S.Ammonia];
        values[7] = y[S.Titer];
        values[8] = y[S.Volume];
        values[9] = _harvested ? 0 : _model.GrowthRate(y);
        values[10] = _harvested ? 0 : _model.DeathRate(y);
        values[11] = y[S.ViableIntegral] / 24;
        values[12] = _harvested ? 0 : CurrentFeedRate();
        values[13] = y[S.Contaminant];
        values[14] = _harvested ? 1 : 0;
        WriteLoop(values[15..], _temperature, y[S.Temperature], 100);
        WriteLoop(values[20..], _ph, y[S.Ph], 100);
        WriteLoop(values[25..], _oxygen, y[S.DissolvedOxygen], 100);
    }

    /// <summary>The raw ODE state (see <see cref="CultureState"/>), for verification.</summary>
    internal ReadOnlySpan<double> State => _y;

    private static void WriteLoop(Span<double> values, ControlLoop loop, double trueValue, double outputScale)
    {
        values[0] = loop.Measured;
        values[1] = trueValue;
        values[2] = loop.Setpoint;
        values[3] = loop.Pid.Output * outputScale;
        values[4] = loop.Alarm ? 1 : 0;
    }

    private double CurrentFeedRate()
    {
        if (_harvested || _y[S.Volume] >= _parameters[P.MaxVolume])
        {
            return 0;
        }

        return _feedOverride >= 0 ? _feedOverride : TimeSeconds - _inoculatedAt >= _parameters[P.FeedStart] * 3600 ? _parameters[P.FeedRate] : 0;
    }

    /// <summary>One controller sample: read the probes (with noise and faults) and update the actuators.</summary>
    private void Control()
    {
        if (_harvested)
        {
            return;
        }

        _model.Heater = _temperature.Sample(_y[S.Temperature], _random.NextGaussian(), SamplePeriodSeconds);
        _model.Base = _ph.Sample(_y[S.Ph], _random.NextGaussian(), SamplePeriodSeconds);
        _model.Oxygen = _oxygen.Sample(_y[S.DissolvedOxygen], _random.NextGaussian(), SamplePeriodSeconds);
    }

    /// <summary>Resets the culture to inoculation: initial medium, setpoints, loops settled, no faults.</summary>
    private void Inoculate()
    {
        var p = _parameters;
        Array.Clear(_y);
        (_y[S.Viable], _y[S.Total]) = (p[P.InitialCells], p[P.InitialCells]);
        (_y[S.Glucose], _y[S.Glutamine], _y[S.Lactate], _y[S.Ammonia]) = (p[P.InitialGlc], p[P.InitialGln], p[P.InitialLac], p[P.InitialAmm]);
        _y[S.Volume] = p[P.InitialVolume];
        (_y[S.Temperature], _y[S.Ph], _y[S.DissolvedOxygen]) = (p[P.TemperatureSetpoint], p[P.PhSetpoint], p[P.DoSetpoint]);
        foreach (var (loop, setpoint) in new[] { (_temperature, p[P.TemperatureSetpoint]), (_ph, p[P.PhSetpoint]), (_oxygen, p[P.DoSetpoint]) })
        {
            loop.Reset(setpoint);
        }

        _model.Heater = (p[P.TemperatureSetpoint] - 20) / 30;
        _model.Base = (p[P.PhSetpoint] - 7.0) / 0.3;
        _model.Oxygen = 0.1;
        _temperature.Pid.Prime(_model.Heater);
        _ph.Pid.Prime(_model.Base);
        _oxygen.Pid.Prime(_model.Oxygen);
        (_harvested, _feedOverride, _inoculatedAt) = (false, -1, TimeSeconds);
        _solverStep = 0;
    }
}
