namespace Metaverse.Shared.Replication;

/// <summary>
/// The accumulated send priority of every entity replicated to one client (Glenn Fiedler's priority
/// accumulator). Each tick every registered entity adds its current priority; an entity that is sent
/// is reset to zero, the others keep growing, so an entity left out now is more likely to be picked
/// next tick and nothing starves (see <see cref="ReplicationScheduler.StarvationBoundTicks"/>).
/// </summary>
/// <remarks>
/// Single-threaded: one instance per client, used from the thread that runs that client's tick.
/// Storage is dense (swap-remove on unregister) plus an id-to-slot map, so a tick allocates nothing
/// once the arrays have grown to the client's entity count.
/// </remarks>
public sealed class PriorityAccumulator
{
    /// <summary>Smallest priority an entity accumulates per tick; zero, negative or NaN priorities are raised to it so no entity can starve.</summary>
    public const float MinimumPriority = 1e-3f;

    /// <summary>Largest priority an entity accumulates per tick; larger values (and +∞) are lowered to it.</summary>
    public const float MaximumPriority = 1e6f;

    private readonly Dictionary<uint, int> _slotById;
    private uint[] _ids;
    private double[] _accumulated;
    private long[] _lastSentTick;
    private int _count;

    public PriorityAccumulator(int initialCapacity = 64)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(initialCapacity);
        _slotById = new Dictionary<uint, int>(initialCapacity);
        _ids = new uint[initialCapacity];
        _accumulated = new double[initialCapacity];
        _lastSentTick = new long[initialCapacity];
    }

    /// <summary>Number of registered entities.</summary>
    public int Count => _count;

    /// <summary>Registered entity ids in slot order (not priority order); valid until the next register or unregister.</summary>
    public ReadOnlySpan<uint> EntityIds => _ids.AsSpan(0, _count);

    internal Span<double> AccumulatedValues => _accumulated.AsSpan(0, _count);

    /// <summary>Per slot, the tick last sent in, or -1 when never sent.</summary>
    internal ReadOnlySpan<long> LastSentTicks => _lastSentTick.AsSpan(0, _count);

    /// <summary>Starts tracking an entity with an accumulated priority of zero; false when it was already registered.</summary>
    public bool Register(uint entityId)
    {
        if (_slotById.ContainsKey(entityId))
        {
            return false;
        }

        if (_count == _ids.Length)
        {
            var capacity = Math.Max(4, _ids.Length * 2);
            Array.Resize(ref _ids, capacity);
            Array.Resize(ref _accumulated, capacity);
            Array.Resize(ref _lastSentTick, capacity);
        }

        _ids[_count] = entityId;
        _accumulated[_count] = 0;
        _lastSentTick[_count] = -1;
        _slotById.Add(entityId, _count);
        _count++;
        return true;
    }

    /// <summary>Stops tracking an entity at once; false when it was not registered.</summary>
    public bool Unregister(uint entityId)
    {
        if (!_slotById.Remove(entityId, out var slot))
        {
            return false;
        }

        var last = _count - 1;
        if (slot != last)
        {
            _ids[slot] = _ids[last];
            _accumulated[slot] = _accumulated[last];
            _lastSentTick[slot] = _lastSentTick[last];
            _slotById[_ids[slot]] = slot;
        }

        _count = last;
        return true;
    }

    public bool Contains(uint entityId) => _slotById.ContainsKey(entityId);

    /// <summary>The entity's accumulated priority, or false when it is not registered.</summary>
    public bool TryGetAccumulated(uint entityId, out double accumulated)
    {
        if (_slotById.TryGetValue(entityId, out var slot))
        {
            accumulated = _accumulated[slot];
            return true;
        }

        accumulated = 0;
        return false;
    }

    /// <summary>The tick the entity was last sent in (see <see cref="MarkSent"/>), or false when it was never sent or is not registered.</summary>
    public bool TryGetLastSentTick(uint entityId, out long tick)
    {
        if (_slotById.TryGetValue(entityId, out var slot) && _lastSentTick[slot] >= 0)
        {
            tick = _lastSentTick[slot];
            return true;
        }

        tick = 0;
        return false;
    }

    /// <summary>Adds each registered entity's priority for this tick (clamped by <see cref="Sanitize"/>) to its accumulator.</summary>
    public void AccumulateAll(Func<uint, float> priorityOf)
    {
        ArgumentNullException.ThrowIfNull(priorityOf);
        for (var slot = 0; slot < _count; slot++)
        {
            _accumulated[slot] += Sanitize(priorityOf(_ids[slot]));
        }
    }

    /// <summary>Adds <paramref name="priority"/> (clamped by <see cref="Sanitize"/>) to one entity; false when it is not registered.</summary>
    public bool Accumulate(uint entityId, float priority)
    {
        if (!_slotById.TryGetValue(entityId, out var slot))
        {
            return false;
        }

        _accumulated[slot] += Sanitize(priority);
        return true;
    }

    /// <summary>Resets the entity's accumulator to zero after it was sent in <paramref name="tick"/>; false when it is not registered.</summary>
    public bool MarkSent(uint entityId, long tick)
    {
        if (!_slotById.TryGetValue(entityId, out var slot))
        {
            return false;
        }

        MarkSentAt(slot, tick);
        return true;
    }

    /// <summary>Clamps a per-tick priority into [<see cref="MinimumPriority"/>, <see cref="MaximumPriority"/>]; NaN becomes the minimum.</summary>
    public static float Sanitize(float priority) =>
        priority >= MinimumPriority ? Math.Min(priority, MaximumPriority) : MinimumPriority;

    internal void MarkSentAt(int slot, long tick)
    {
        _accumulated[slot] = 0;
        _lastSentTick[slot] = tick;
    }
}
