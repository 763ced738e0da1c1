namespace Metaverse.Server.Sessions;

/// <summary>
/// The snapshot ticks a client acknowledged: the newest, and which of the 63 before it. The server names the newest
/// as the next baseline, and predicts from the two before that when the client acknowledged those too (so it holds
/// them). Simulation thread only.
/// </summary>
internal sealed class AcknowledgedTicks
{
    private const int Window = 64;

    /// <summary>Bit i set: tick <see cref="Newest"/> − i was acknowledged.</summary>
    private ulong _mask;

    /// <summary>Newest tick acknowledged; 0 when none.</summary>
    public uint Newest { get; private set; }

    public void Add(uint tick)
    {
        if (tick == 0)
        {
            return;
        }

        if (tick > Newest)
        {
            var shift = tick - Newest;
            _mask = shift >= Window ? 0 : _mask << (int)shift;
            _mask |= 1;
            Newest = tick;
        }
        else if (Newest - tick < Window)
        {
            _mask |= 1ul << (int)(Newest - tick);
        }
    }

    /// <summary>True when <paramref name="tick"/> was acknowledged and is within the window before <see cref="Newest"/>.</summary>
    public bool Contains(uint tick) => tick != 0 && tick <= Newest && Newest - tick < Window && (_mask & (1ul << (int)(Newest - tick))) != 0;

    /// <summary>Forgets every tick (a new room starts its own ticks).</summary>
    public void Clear() => (_mask, Newest) = (0, 0);
}
