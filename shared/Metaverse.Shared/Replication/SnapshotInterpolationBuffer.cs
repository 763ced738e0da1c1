namespace Metaverse.Shared.Replication;

/// <summary>
/// Client-side snapshot interpolation for one replicated entity (or one whole-world state): server
/// snapshots are fed as they arrive (out of order, duplicated, with gaps), and
/// <see cref="Sample(double, out T)"/> returns the state at render time = estimated server time − the
/// interpolation delay.
/// </summary>
/// <remarks>
/// <para>
/// Clock: every accepted arrival gives a sample of <c>server time − local arrival time</c>; the clock offset
/// is their plain mean over the first 1/<see cref="SnapshotInterpolationSettings.ClockOffsetGain"/> arrivals
/// and an exponential average after that, so it settles on "server time minus mean one-way latency". A sample
/// more than <see cref="SnapshotInterpolationSettings.ClockResyncSeconds"/> away resets it.
/// </para>
/// <para>
/// Delay: jitter is estimated as in RFC 3550 (the mean absolute change of the clock-offset sample between
/// consecutive arrivals). The delay starts at <see cref="SnapshotInterpolationSettings.InitialDelayTicks"/>
/// and moves toward <c>BaseDelayTicks + JitterMultiplier × jitter</c>, clamped, quickly up and slowly down,
/// at rates per second of local arrival time, so it is deterministic for given arrival times.
/// </para>
/// <para>
/// Past the newest snapshot the state is extrapolated from the last two snapshots with the interpolate
/// function at t &gt; 1 (which must continue linearly), for at most
/// <see cref="SnapshotInterpolationSettings.MaximumExtrapolationSeconds"/>, then held where it got to.
/// </para>
/// <para>
/// Memory is bounded: at most <see cref="SnapshotInterpolationSettings.Capacity"/> snapshots, kept sorted by
/// tick in a ring; a new snapshot drops the oldest, and one older than all of a full buffer is refused.
/// Single-threaded (the client's network/render thread); nothing is allocated after construction.
/// </para>
/// </remarks>
/// <typeparam name="T">The replicated state, for example <see cref="SnapshotInterpolationPose"/>.</typeparam>
public sealed class SnapshotInterpolationBuffer<T>
{
    private readonly Func<T, T, float, T> _interpolate;
    private readonly Entry[] _ring;
    private readonly double _tickInterval;
    private int _head;
    private int _count;
    private long _offsetSamples;
    private double _lastArrivalOffset;
    private double _lastUpdateLocalTime;

    /// <param name="interpolate">(from, to, t) → state; t in [0, 1] interpolates, t &gt; 1 must extrapolate linearly.</param>
    /// <param name="settings">Tuning; defaults when null.</param>
    public SnapshotInterpolationBuffer(Func<T, T, float, T> interpolate, SnapshotInterpolationSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(interpolate);
        settings ??= new SnapshotInterpolationSettings();
        settings.Validate();
        _interpolate = interpolate;
        Settings = settings;
        _ring = new Entry[settings.Capacity];
        _tickInterval = settings.TickIntervalSeconds;
        DelayTicks = settings.InitialDelayTicks;
    }

    public SnapshotInterpolationSettings Settings { get; }

    /// <summary>Snapshots held, at most <see cref="SnapshotInterpolationSettings.Capacity"/>.</summary>
    public int Count => _count;

    public long? OldestTick => _count == 0 ? null : At(0).Tick;

    public long? NewestTick => _count == 0 ? null : At(_count - 1).Tick;

    /// <summary>Current interpolation delay in server ticks.</summary>
    public double DelayTicks { get; private set; }

    /// <summary>Current interpolation delay in seconds.</summary>
    public double DelaySeconds => DelayTicks * _tickInterval;

    /// <summary>Estimated arrival jitter in seconds.</summary>
    public double JitterSeconds { get; private set; }

    /// <summary>Estimated server time minus local time, in seconds; meaningful once <see cref="HasClock"/>.</summary>
    public double ClockOffsetSeconds { get; private set; }

    public bool HasClock => _offsetSamples > 0;

    /// <summary>Snapshots accepted into the buffer.</summary>
    public long AcceptedCount { get; private set; }

    /// <summary>Snapshots accepted although a newer one had already arrived.</summary>
    public long OutOfOrderCount { get; private set; }

    /// <summary>Snapshots ignored because their tick was already buffered.</summary>
    public long DuplicateCount { get; private set; }

    /// <summary>Snapshots refused because they were older than everything in a full buffer.</summary>
    public long TooOldCount { get; private set; }

    /// <summary>Server time of a tick, in seconds.</summary>
    public double ServerTimeOf(long serverTick) => serverTick * _tickInterval;

    /// <summary>Estimated server time at a local time (local + clock offset).</summary>
    public double EstimatedServerTime(double localTime) => localTime + ClockOffsetSeconds;

    /// <summary>The server time rendered at a local time: estimated server time − <see cref="DelaySeconds"/>.</summary>
    public double RenderServerTime(double localTime) => EstimatedServerTime(localTime) - DelaySeconds;

    /// <summary>
    /// Feeds a snapshot as it arrives. <paramref name="localArrivalTime"/> is the client's monotonic clock in
    /// seconds. Returns false when it was a duplicate or too old to keep; only accepted snapshots update the
    /// clock, jitter and delay estimates.
    /// </summary>
    public bool Add(long serverTick, T state, double localArrivalTime)
    {
        if (!double.IsFinite(localArrivalTime))
        {
            throw new ArgumentOutOfRangeException(nameof(localArrivalTime), localArrivalTime, "localArrivalTime must be a finite number of seconds.");
        }

        // Position after every buffered tick that is smaller; scanning from the newest end because
        // arrivals are nearly always the newest.
        var position = _count;
        while (position > 0 && At(position - 1).Tick >= serverTick)
        {
            if (At(position - 1).Tick == serverTick)
            {
                DuplicateCount++;
                return false;
            }

            position--;
        }

        if (_count == _ring.Length)
        {
            if (position == 0)
            {
                TooOldCount++;
                return false;
            }

            _head = (_head + 1) % _ring.Length;
            _count--;
            position--;
        }

        if (position < _count)
        {
            OutOfOrderCount++;
            for (var i = _count; i > position; i--)
            {
                At(i) = At(i - 1);
            }
        }

        var serverTime = ServerTimeOf(serverTick);
        At(position) = new Entry(serverTick, serverTime, state);
        _count++;
        AcceptedCount++;
        UpdateEstimates(serverTime, localArrivalTime);
        return true;
    }

    /// <summary>The interpolated state at local time <paramref name="localTime"/> (render time = estimated server time − delay).</summary>
    public SnapshotInterpolationMode Sample(double localTime, out T state) => SampleAt(RenderServerTime(localTime), out state);

    /// <summary>The state at an explicit server time: interpolated, extrapolated, held, or the oldest.</summary>
    public SnapshotInterpolationMode SampleAt(double renderServerTime, out T state)
    {
        if (_count == 0)
        {
            state = default!;
            return SnapshotInterpolationMode.None;
        }

        ref readonly var newest = ref At(_count - 1);
        if (renderServerTime >= newest.ServerTime)
        {
            if (renderServerTime == newest.ServerTime)
            {
                state = newest.State;
                return SnapshotInterpolationMode.Interpolated;
            }

            if (_count == 1)
            {
                state = newest.State;
                return SnapshotInterpolationMode.Held;
            }

            ref readonly var previous = ref At(_count - 2);
            var beyond = renderServerTime - newest.ServerTime;
            var cap = Settings.MaximumExtrapolationSeconds;
            var held = !(beyond <= cap);
            var t = 1 + ((held ? cap : beyond) / (newest.ServerTime - previous.ServerTime));
            state = _interpolate(previous.State, newest.State, (float)t);
            return held ? SnapshotInterpolationMode.Held : SnapshotInterpolationMode.Extrapolated;
        }

        ref readonly var oldest = ref At(0);
        if (!(renderServerTime >= oldest.ServerTime))
        {
            state = oldest.State;
            return SnapshotInterpolationMode.BeforeOldest;
        }

        var index = _count - 2;
        while (At(index).ServerTime > renderServerTime)
        {
            index--;
        }

        ref readonly var from = ref At(index);
        ref readonly var to = ref At(index + 1);
        var fraction = (renderServerTime - from.ServerTime) / (to.ServerTime - from.ServerTime);
        state = _interpolate(from.State, to.State, (float)fraction);
        return SnapshotInterpolationMode.Interpolated;
    }

    /// <summary>Forgets every snapshot and estimate (for example after the server restarted); the delay goes back to its initial value.</summary>
    public void Clear()
    {
        Array.Clear(_ring);
        _head = 0;
        _count = 0;
        _offsetSamples = 0;
        _lastArrivalOffset = 0;
        _lastUpdateLocalTime = 0;
        ClockOffsetSeconds = 0;
        JitterSeconds = 0;
        DelayTicks = Settings.InitialDelayTicks;
    }

    private void UpdateEstimates(double serverTime, double localTime)
    {
        var offset = serverTime - localTime;
        if (_offsetSamples == 0 || Math.Abs(offset - ClockOffsetSeconds) > Settings.ClockResyncSeconds)
        {
            ClockOffsetSeconds = offset;
            _offsetSamples = 1;
            _lastArrivalOffset = offset;
            _lastUpdateLocalTime = localTime;
            return;
        }

        _offsetSamples++;
        ClockOffsetSeconds += (offset - ClockOffsetSeconds) * Math.Max(1.0 / _offsetSamples, Settings.ClockOffsetGain);

        // RFC 3550: D = (R_j − R_i) − (S_j − S_i) is the change of the offset sample between arrivals.
        JitterSeconds += (Math.Abs(offset - _lastArrivalOffset) - JitterSeconds) * Settings.JitterGain;
        _lastArrivalOffset = offset;

        var elapsed = Math.Max(0, localTime - _lastUpdateLocalTime);
        _lastUpdateLocalTime = Math.Max(_lastUpdateLocalTime, localTime);
        var target = Math.Clamp(
            Settings.BaseDelayTicks + (Settings.JitterMultiplier * JitterSeconds / _tickInterval),
            Settings.MinimumDelayTicks,
            Settings.MaximumDelayTicks);
        DelayTicks = target > DelayTicks
            ? Math.Min(target, DelayTicks + (Settings.DelayGrowTicksPerSecond * elapsed))
            : Math.Max(target, DelayTicks - (Settings.DelayShrinkTicksPerSecond * elapsed));
    }

    private ref Entry At(int index) => ref _ring[(_head + index) % _ring.Length];

    private readonly record struct Entry(long Tick, double ServerTime, T State);
}
