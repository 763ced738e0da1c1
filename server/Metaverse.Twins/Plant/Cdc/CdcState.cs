namespace Metaverse.Twins.Plant.Cdc;

/// <summary>
/// The whole state of a CDC line, serialised as the snapshot (System.Text.Json; doubles round-trip).
/// Everything that influences the future is here, including the random generator's words.
/// </summary>
public sealed class CdcState
{
    public const int CurrentFormatVersion = 1;

    public int FormatVersion { get; set; } = CurrentFormatVersion;

    /// <summary>Simulated time, s.</summary>
    public double TimeSeconds { get; set; }

    /// <summary>Seconds left in the current 1 s control tick (0: a tick starts next).</summary>
    public double TickRemaining { get; set; }

    public bool Running { get; set; }

    /// <summary>Training fault: the API feeder bridges and delivers only <see cref="CdcLine.BridgingFactor"/> of its command.</summary>
    public bool Bridging { get; set; }

    /// <summary>Material leaving the blender goes to waste during the current tick.</summary>
    public bool Diverting { get; set; }

    public double[] Parameters { get; set; } = CdcParameters.Defaults();

    public ulong[] Random { get; set; } = [];

    public Feeder[] Feeders { get; set; } = [new(), new(), new()];

    public TanksInSeries Blender { get; set; } = new();

    /// <summary>The RTD soft sensor: the same tanks in series driven by the measured feeder flows.</summary>
    public TanksInSeries Predictor { get; set; } = new();

    public PressHopper Hopper { get; set; } = new();

    public TabletPress Press { get; set; } = new();

    public PressHealth Health { get; set; } = new();

    public NirSensor Nir { get; set; } = new();

    public LineControl Control { get; set; } = new();

    public ReleaseStatistics Release { get; set; } = new();

    public EnergyMeter Energy { get; set; } = new();

    public MassLedger Ledger { get; set; } = new();

    /// <summary>Null when consistent, else what is wrong (for restoring untrusted snapshots).</summary>
    public string? Check()
    {
        var arrays = Parameters?.Length == CdcParameters.All.Count && Random?.Length == 4 && Feeders?.Length == Ingredient.Count
            && Blender?.Mass?.Length == Ingredient.Count * CdcParameters.MaxTanks && Predictor?.Mass?.Length == Blender.Mass.Length
            && Hopper?.Mass?.Length == Ingredient.Count && Ledger?.Fed?.Length == Ingredient.Count
            && Ledger.BlenderOut?.Length == Ingredient.Count && Ledger.Tablets?.Length == Ingredient.Count
            && Ledger.Diverted?.Length == Ingredient.Count && Press is not null && Health?.Rms is not null
            && Health.Kurtosis is not null && Health.ForceDeviation is not null && Nir is not null && Control is not null
            && Release is not null && Energy is not null && Feeders.All(f => f is not null);
        if (!arrays)
        {
            return "missing or mis-sized arrays";
        }

        for (var i = 0; i < Parameters!.Length; i++)
        {
            if (CdcParameters.All[i].Check(Parameters[i]) is { } error)
            {
                return error.ToString();
            }
        }

        return Blender!.Tanks == (int)Parameters[CdcParameters.BlenderTanks] && Predictor!.Tanks == Blender.Tanks
            ? null
            : "blender tanks do not match blender.tanks";
    }
}
