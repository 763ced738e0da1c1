namespace Metaverse.Shared.Replication;

/// <summary>
/// Turns a per-client downstream budget in bytes per second into a byte budget per server tick, with
/// carry-over: bytes a tick leaves unused are added to the next tick's budget, capped at one nominal
/// tick (so a tick never gets more than about two ticks' worth). The per-tick allowance keeps the
/// remainder of <c>bytesPerSecond / tickRate</c>, so over any whole second exactly
/// <see cref="BytesPerSecond"/> bytes are allowed (8192 B/s at 20 Hz gives 409 or 410 B per tick).
/// </summary>
/// <remarks>
/// Overspending (the single-oversized-entity rule of <see cref="ReplicationScheduler"/>) is not paid
/// back: the carry simply becomes zero, so every tick still gets its full allowance and the scheduler
/// keeps sending. Single-threaded, one instance per client. Use: <see cref="BeginTick"/>, plan and
/// send, then <see cref="EndTick"/> with the bytes actually spent.
/// </remarks>
public sealed class ReplicationSchedulerBudget
{
    public const int MaximumTickRate = 1000;

    private long _remainder;
    private bool _inTick;

    public ReplicationSchedulerBudget(int bytesPerSecond, int tickRate)
    {
        if (bytesPerSecond < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(bytesPerSecond), bytesPerSecond, "bytesPerSecond must be >= 1.");
        }

        if (tickRate is < 1 or > MaximumTickRate)
        {
            throw new ArgumentOutOfRangeException(nameof(tickRate), tickRate, $"tickRate must be in [1, {MaximumTickRate}] Hz.");
        }

        BytesPerSecond = bytesPerSecond;
        TickRate = tickRate;
        CarryCapBytes = (int)(((long)bytesPerSecond + tickRate - 1) / tickRate);
    }

    public int BytesPerSecond { get; }

    public int TickRate { get; }

    /// <summary>Most bytes carried from one tick to the next: one nominal tick, <c>ceil(BytesPerSecond / TickRate)</c>.</summary>
    public int CarryCapBytes { get; }

    /// <summary>Unused bytes carried into the next tick.</summary>
    public int CarriedBytes { get; private set; }

    /// <summary>Budget of the tick begun by the last <see cref="BeginTick"/>.</summary>
    public int AvailableBytes { get; private set; }

    /// <summary>The nominal per-tick budget, rounded down: 8000 B/s at 20 Hz is 400 B.</summary>
    public static int BytesPerTick(int bytesPerSecond, int tickRate)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bytesPerSecond);
        ArgumentOutOfRangeException.ThrowIfLessThan(tickRate, 1);
        return bytesPerSecond / tickRate;
    }

    /// <summary>Starts a tick and returns its budget: this tick's allowance plus the carried bytes.</summary>
    public int BeginTick()
    {
        if (_inTick)
        {
            throw new InvalidOperationException("BeginTick called twice without EndTick.");
        }

        _remainder += BytesPerSecond;
        var allowance = _remainder / TickRate;
        _remainder -= allowance * TickRate;
        AvailableBytes = (int)allowance + CarriedBytes;
        _inTick = true;
        return AvailableBytes;
    }

    /// <summary>Ends the tick: what is left of <see cref="AvailableBytes"/> after <paramref name="spentBytes"/> is carried, capped at <see cref="CarryCapBytes"/>.</summary>
    public void EndTick(int spentBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(spentBytes);
        if (!_inTick)
        {
            throw new InvalidOperationException("EndTick called without BeginTick.");
        }

        CarriedBytes = Math.Clamp(AvailableBytes - spentBytes, 0, CarryCapBytes);
        _inTick = false;
    }
}
