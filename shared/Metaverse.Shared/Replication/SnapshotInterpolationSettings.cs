namespace Metaverse.Shared.Replication;

/// <summary>
/// Tuning of <see cref="SnapshotInterpolationBuffer{T}"/>. Delays are in server ticks; the adaptive delay
/// aims at <c>clamp(BaseDelayTicks + JitterMultiplier × jitter / tick interval, MinimumDelayTicks, MaximumDelayTicks)</c>,
/// moving up at <see cref="DelayGrowTicksPerSecond"/> and down at <see cref="DelayShrinkTicksPerSecond"/>
/// of local time.
/// </summary>
public sealed record SnapshotInterpolationSettings
{
    /// <summary>Server tick rate in Hz (the server time of tick n is n / TickRate seconds).</summary>
    public int TickRate
    {
        get;
        init => field = value is >= 1 and <= 1000 ? value : throw Range(nameof(TickRate), value, "[1, 1000] Hz");
    } = 30;

    /// <summary>Most snapshots kept; the oldest are dropped first.</summary>
    public int Capacity
    {
        get;
        init => field = value is >= 2 and <= 4096 ? value : throw Range(nameof(Capacity), value, "[2, 4096]");
    } = 32;

    /// <summary>Interpolation delay before any jitter is measured.</summary>
    public double InitialDelayTicks
    {
        get;
        init => field = IsTicks(value) ? value : throw Range(nameof(InitialDelayTicks), value, "[0, 1000] ticks");
    } = 2.5;

    public double MinimumDelayTicks
    {
        get;
        init => field = IsTicks(value) ? value : throw Range(nameof(MinimumDelayTicks), value, "[0, 1000] ticks");
    } = 1.5;

    public double MaximumDelayTicks
    {
        get;
        init => field = IsTicks(value) ? value : throw Range(nameof(MaximumDelayTicks), value, "[0, 1000] ticks");
    } = 6;

    /// <summary>Delay aimed at when arrivals are perfectly regular.</summary>
    public double BaseDelayTicks
    {
        get;
        init => field = IsTicks(value) ? value : throw Range(nameof(BaseDelayTicks), value, "[0, 1000] ticks");
    } = 2;

    /// <summary>How many measured jitters are added on top of <see cref="BaseDelayTicks"/>.</summary>
    public double JitterMultiplier
    {
        get;
        init => field = value is >= 0 and <= 100 ? value : throw Range(nameof(JitterMultiplier), value, "[0, 100]");
    } = 2;

    public double DelayGrowTicksPerSecond
    {
        get;
        init => field = value is > 0 and <= 1000 ? value : throw Range(nameof(DelayGrowTicksPerSecond), value, "(0, 1000]");
    } = 5;

    public double DelayShrinkTicksPerSecond
    {
        get;
        init => field = value is > 0 and <= 1000 ? value : throw Range(nameof(DelayShrinkTicksPerSecond), value, "(0, 1000]");
    } = 0.25;

    /// <summary>Gain of the jitter estimate per arrival (RFC 3550 uses 1/16).</summary>
    public double JitterGain
    {
        get;
        init => field = value is > 0 and <= 1 ? value : throw Range(nameof(JitterGain), value, "(0, 1]");
    } = 1.0 / 16;

    /// <summary>Gain of the clock-offset estimate per arrival once warmed up (the first 1/gain arrivals are plainly averaged).</summary>
    public double ClockOffsetGain
    {
        get;
        init => field = value is > 0 and <= 1 ? value : throw Range(nameof(ClockOffsetGain), value, "(0, 1]");
    } = 0.05;

    /// <summary>An arrival whose clock offset differs from the estimate by more than this resets the estimate (server restart, clock jump).</summary>
    public double ClockResyncSeconds
    {
        get;
        init => field = value is > 0 and <= 3600 ? value : throw Range(nameof(ClockResyncSeconds), value, "(0, 3600] s");
    } = 1;

    /// <summary>How far past the newest snapshot the state is extrapolated before it is held.</summary>
    public double MaximumExtrapolationSeconds
    {
        get;
        init => field = value is >= 0 and <= 10 ? value : throw Range(nameof(MaximumExtrapolationSeconds), value, "[0, 10] s");
    } = 0.25;

    public double TickIntervalSeconds => 1.0 / TickRate;

    /// <summary>Checks the relations between settings; the buffer calls it.</summary>
    public void Validate()
    {
        if (!(MinimumDelayTicks <= MaximumDelayTicks))
        {
            throw new ArgumentOutOfRangeException(nameof(MinimumDelayTicks), MinimumDelayTicks, $"MinimumDelayTicks must be <= MaximumDelayTicks ({MaximumDelayTicks}).");
        }

        if (InitialDelayTicks < MinimumDelayTicks || InitialDelayTicks > MaximumDelayTicks)
        {
            throw new ArgumentOutOfRangeException(nameof(InitialDelayTicks), InitialDelayTicks, $"InitialDelayTicks must be in [{MinimumDelayTicks}, {MaximumDelayTicks}].");
        }
    }

    private static bool IsTicks(double value) => value is >= 0 and <= 1000;

    private static ArgumentOutOfRangeException Range(string name, object value, string accepted) =>
        new(name, value, $"{name} must be in {accepted}.");
}
