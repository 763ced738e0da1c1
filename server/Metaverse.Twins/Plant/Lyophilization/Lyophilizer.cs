using Metaverse.Twins.Core;
using Metaverse.Twins.Numerics;
using P = Metaverse.Twins.Plant.Lyophilization.LyoParameters;

namespace Metaverse.Twins.Plant.Lyophilization;

/// <summary>
/// A freeze dryer in primary drying: a grid of vials on a shelf, each following the Pikal model as
/// formulated in LyoPRONTO (Shivkumar et al. 2019), edge vials with a larger Kv, every vial's Kv varied.
/// The fronts are integrated by an adaptive Dormand–Prince RK5(4) in chunks of at most
/// <see cref="ChunkSeconds"/> (<see cref="FinalChunkSeconds"/> near the end), and each vial's end of
/// primary drying is interpolated linearly inside its chunk.
/// </summary>
public sealed partial class Lyophilizer : ITwin
{
    /// <summary>Longest stretch integrated at once, s: the resolution of end-of-drying times before interpolation.</summary>
    public const double ChunkSeconds = 600;

    /// <summary>Chunk while some vial is in its last 10 % of ice, s: resolves the end of drying finely.</summary>
    public const double FinalChunkSeconds = 30;

    /// <summary>Shortest stretch integrated, s: smaller steps accumulate until they reach it (the state lags by less).</summary>
    public const double MinIntegrationSeconds = 1;

    private readonly double[] _parameters;
    private readonly double[] _kvFactors;
    private readonly double[] _cake;
    private readonly double[] _previous;
    private readonly double[] _finished;
    private readonly ShelfRecipe _recipe = new();
    private readonly ShelfDryingModel _model;
    private readonly DormandPrince45 _solver;

    /// <summary>The step the solver proposes next, in hours: state, so snapshots restore exactly.</summary>
    private double _solverStep;
    private TwinRandom _random;
    private double _startedAt;
    private double _stateTime;

    /// <summary>A loaded shelf, primary drying started, with <paramref name="parameters"/> indexed as <see cref="LyoParameters"/>.</summary>
    public Lyophilizer(IReadOnlyList<double> parameters, ulong seed, double relativeTolerance = 1e-7)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (parameters.Count != P.All.Count)
        {
            throw new ArgumentException($"expected {P.All.Count} parameters, got {parameters.Count}", nameof(parameters));
        }

        _parameters = [.. parameters];
        var (rows, columns) = ((int)_parameters[P.GridRows], (int)_parameters[P.GridColumns]);
        _random = new TwinRandom(seed);
        _kvFactors = new double[rows * columns];
        for (var i = 0; i < _kvFactors.Length; i++)
        {
            var (r, c) = (i / columns, i % columns);
            var edge = r == 0 || c == 0 || r == rows - 1 || c == columns - 1;
            var cv = _parameters[P.KvVariation];
            _kvFactors[i] = (edge ? _parameters[P.EdgeFactor] : 1) * Math.Exp((cv * _random.NextGaussian()) - (cv * cv / 2));
        }

        (_cake, _previous, _finished) = (new double[_kvFactors.Length], new double[_kvFactors.Length], new double[_kvFactors.Length]);
        _model = new ShelfDryingModel(_parameters, _kvFactors, _recipe);
        _solver = new DormandPrince45(_cake.Length, relativeTolerance, 1e-9) { MaxStep = 0.25 };
        StartBatch();
    }

    public string Kind => "lyophilizer";

    public double TimeSeconds { get; private set; }

    public IReadOnlyList<ParameterSpec> Parameters => P.All;

    public IReadOnlyList<ChannelSpec> Channels => LyophilizerChannels.All;

    public IReadOnlyList<double> ParameterValues => _parameters;

    public int VialCount => _cake.Length;

    public int CenterVial => ((int)_parameters[P.GridRows] / 2 * (int)_parameters[P.GridColumns]) + ((int)_parameters[P.GridColumns] / 2);

    public int EdgeVial => (int)_parameters[P.GridColumns] / 2;

    /// <summary>Kv multiplier of each vial (edge factor × log-normal variation).</summary>
    public IReadOnlyList<double> KvFactors => _kvFactors;

    /// <summary>Frozen height at the start of primary drying, cm.</summary>
    public double FrozenHeight => _model.FrozenHeight;

    /// <summary>True once every vial finished primary drying.</summary>
    public bool Complete
    {
        get
        {
            foreach (var finish in _finished)
            {
                if (finish < 0)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>LyoPRONTO's reference case on a 7×7 shelf section with edge vials 20 % hotter and 3 % Kv variation.</summary>
    public static Lyophilizer CreateDefault(ulong seed) => new(P.Defaults(), seed);

    /// <summary>Hours from the start of drying to the end of primary drying of vial <paramref name="index"/>, or −1 while it dries.</summary>
    public double DryingTimeHours(int index) => _finished[index] < 0 ? -1 : (_finished[index] - _startedAt) / 3600;

    /// <summary>The pseudo-steady state of vial <paramref name="index"/> now (temperatures, rate, resistance).</summary>
    public VialState Vial(int index) => _model.Vial(_stateTime, index, _cake[index]);

    /// <summary>Dried cake length of vial <paramref name="index"/>, cm.</summary>
    public double FrontPosition(int index) => Math.Min(_cake[index], FrozenHeight);

    /// <summary>What vial <paramref name="index"/> sees now: shelf, pressure and its Kv.</summary>
    public VialConditions Conditions(int index) => _model.Conditions(_stateTime, index);

    /// <summary>The time the fronts were integrated to, s: <see cref="TimeSeconds"/> minus less than <see cref="MinIntegrationSeconds"/>.</summary>
    public double StateTimeSeconds => _stateTime;

    public void Step(double dtSeconds)
    {
        if (!(dtSeconds >= 0) || double.IsPositiveInfinity(dtSeconds))
        {
            throw new ArgumentOutOfRangeException(nameof(dtSeconds), dtSeconds, "a step is a finite number of seconds ≥ 0");
        }

        TimeSeconds += dtSeconds;
        while (TimeSeconds - _stateTime >= MinIntegrationSeconds)
        {
            var stop = Math.Min(TimeSeconds, _stateTime + (NearEnd() ? FinalChunkSeconds : ChunkSeconds));
            if (!Complete)
            {
                _cake.CopyTo(_previous, 0);
                var model = _model;
                _solver.Integrate(ref model, _stateTime / 3600, stop / 3600, _cake, ref _solverStep);
                MarkFinished(_stateTime, stop);
            }

            _stateTime = stop;
        }
    }

    /// <summary>True when a vial still drying has less than 10 % of its ice left.</summary>
    private bool NearEnd()
    {
        var height = FrozenHeight;
        for (var i = 0; i < _cake.Length; i++)
        {
            if (_finished[i] < 0 && _cake[i] > 0.9 * height)
            {
                return true;
            }
        }

        return false;
    }

    private void MarkFinished(double from, double to)
    {
        var height = FrozenHeight;
        for (var i = 0; i < _cake.Length; i++)
        {
            if (_finished[i] < 0 && _cake[i] >= height)
            {
                var moved = _cake[i] - _previous[i];
                var fraction = moved > 0 ? Math.Clamp((height - _previous[i]) / moved, 0, 1) : 1;
                _finished[i] = from + (fraction * (to - from));
            }

            _cake[i] = Math.Min(_cake[i], height);
        }
    }

    private void StartBatch()
    {
        var p = _parameters;
        (_startedAt, _stateTime) = (TimeSeconds, TimeSeconds);
        Array.Fill(_model.Guesses, double.NaN);
        Array.Clear(_cake);
        Array.Fill(_finished, -1);
        _recipe.Reset(TimeSeconds, p[P.ShelfInitial], p[P.ShelfSetpoint], p[P.ShelfRamp], p[P.ChamberPressure]);
        _solverStep = 0;
    }
}
