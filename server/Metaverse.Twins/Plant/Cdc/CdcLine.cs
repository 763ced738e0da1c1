using Metaverse.Twins.Core;

namespace Metaverse.Twins.Plant.Cdc;

/// <summary>
/// A continuous direct compression line: three loss-in-weight feeders → tanks-in-series blender →
/// press feed hopper → rotary tablet press, with NIR PAT, feedback control, RTD-based diversion,
/// real-time release (USP &lt;905&gt;), press health monitoring and an energy meter.
/// Discrete events (noise draws, sensors, controllers, diversion decisions) happen on a 1 s tick grid;
/// between them flows are constant and the blender is advanced exactly, so any dt is accepted.
/// See docs/models/cdc.md.
/// </summary>
public sealed partial class CdcLine : ITwin
{
    /// <summary>The control tick, s.</summary>
    public const double TickSeconds = 1;

    /// <summary>Fraction of its command a bridging API feeder delivers.</summary>
    public const double BridgingFactor = 0.4;

    /// <summary>NIR drift rate of the drift fault, % w/w per hour.</summary>
    public const double NirDriftPercentPerHour = 1.0;

    /// <summary>Wear added by the punch-wear-jump fault, 1.</summary>
    public const double WearJump = 0.3;

    private readonly TanksInSeriesStep _step = new();
    private CdcState _s;
    private TwinRandom _random;

    private CdcLine(CdcState state, TwinRandom random) => (_s, _random) = (state, random);

    public string Kind => "cdc-line";

    public double TimeSeconds => _s.TimeSeconds;

    public IReadOnlyList<ParameterSpec> Parameters => CdcParameters.All;

    public IReadOnlyList<ChannelSpec> Channels => CdcChannels.All;

    public IReadOnlyList<CommandSpec> Commands => CdcCommands.All;

    /// <summary>The live state (tests and the benchmark read it; change it only through commands).</summary>
    internal CdcState State => _s;

    /// <summary>The current value of parameter <paramref name="index"/> (an index into <see cref="CdcParameters.All"/>), in its unit.</summary>
    public double ParameterValue(int index) => _s.Parameters[index];

    /// <summary>The default line, running from an empty blender with full hoppers.</summary>
    public static CdcLine CreateDefault(ulong seed) => Create(seed, null).Line!;

    /// <summary>
    /// A line with some parameters changed before it starts (so the blender and die fill are set up
    /// for them); the error names the first unknown or out-of-range parameter.
    /// </summary>
    public static (CdcLine? Line, TwinError? Error) Create(ulong seed, IReadOnlyDictionary<string, double>? parameters)
    {
        var state = new CdcState { Running = true };
        foreach (var (name, value) in parameters ?? new Dictionary<string, double>())
        {
            var index = CdcParameters.IndexOf(name);
            if (index < 0)
            {
                return (null, new TwinError(name, CdcParameters.Names, $"unknown parameter '{name}'"));
            }

            if (CdcCommands.CheckValue(index, value) is { } error)
            {
                return (null, error);
            }

            state.Parameters[index] = value;
        }

        var p = state.Parameters;
        for (var c = 0; c < Ingredient.Count; c++)
        {
            state.Feeders[c].Level = p[CdcParameters.FeederCapacity + c];
        }

        state.Blender.Tanks = state.Predictor.Tanks = (int)p[CdcParameters.BlenderTanks];
        Span<double> recipe = stackalloc double[Ingredient.Count];
        Recipe(p, recipe);
        state.Press.Setup(p, recipe);
        return (new CdcLine(state, new TwinRandom(seed)), null);
    }

    public void ReadChannels(Span<double> values) => CdcChannels.Read(_s, values);

    public Preparation Prepare(TwinCommand command) => CdcCommands.Prepare(this, command);

    public ITwin Fork()
    {
        var fork = new CdcLine(new CdcState(), new TwinRandom(1));
        var error = fork.Restore(Snapshot());
        return error is null ? fork : throw new InvalidOperationException($"a fork could not restore its own snapshot: {error}");
    }

    /// <summary>Mass fractions of the setpoint recipe (the target when all setpoints are zero).</summary>
    internal static void Recipe(ReadOnlySpan<double> p, Span<double> x)
    {
        var total = p[CdcParameters.FeederSetpoint] + p[CdcParameters.FeederSetpoint + 1] + p[CdcParameters.FeederSetpoint + 2];
        for (var c = 0; c < Ingredient.Count; c++)
        {
            x[c] = total > 0 ? p[CdcParameters.FeederSetpoint + c] / total : 0;
        }

        if (total <= 0)
        {
            x[Ingredient.Api] = p[CdcParameters.ApiTarget] / 100;
            x[Ingredient.Excipient] = 1 - x[Ingredient.Api];
        }
    }

    internal void Replace(CdcState state, TwinRandom random) => (_s, _random) = (state, random);
}
