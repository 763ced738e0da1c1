namespace Metaverse.Shared.Replication;

/// <summary>
/// Decides, for one client and one tick, which entities go into that client's snapshot (Glenn Fiedler's
/// priority accumulator, "State Synchronization"): every registered entity accumulates its priority,
/// entities are taken in order of accumulated priority (highest first; ties go to the one that waited
/// longer, then to a per-tick hash of the id so equal entities share slots evenly) and packed
/// greedily into the byte budget, skipping any that no longer fit; the ones taken are reset to zero and
/// the rest keep accumulating, so nothing starves.
/// </summary>
/// <remarks>
/// <para>
/// Single-oversized-entity rule: when the top-ranked entity alone is larger than the whole budget it is
/// sent anyway, alone, and the plan overspends (<see cref="LastPlanOversized"/>); otherwise an entity
/// bigger than a tick's budget could never be sent. In every other case the plan's bytes are at most
/// the budget. A budget of zero or less sends nothing.
/// </para>
/// <para>
/// Starvation bound: the top-ranked entity is always sent, so any budget &gt; 0 gives the bound of
/// <see cref="StarvationBoundTicks"/>.
/// </para>
/// <para>
/// Threading and allocation: single-threaded, one instance per client, driven from the server tick.
/// <see cref="Plan(long, int, Func{uint, int}, Func{uint, float})"/> allocates nothing once the buffers
/// have grown to the client's entity count, provided the caller passes cached delegates (not a new
/// lambda each tick). The callbacks must not register or unregister entities (that throws).
/// </para>
/// </remarks>
public sealed class ReplicationScheduler
{
    private static readonly Comparison<Candidate> ByRank = static (a, b) =>
    {
        var byPriority = b.Accumulated.CompareTo(a.Accumulated);
        if (byPriority != 0)
        {
            return byPriority;
        }

        var byWait = a.LastSentTick.CompareTo(b.LastSentTick);
        return byWait != 0 ? byWait : a.TieBreak.CompareTo(b.TieBreak);
    };

    private readonly PriorityAccumulator _accumulator;
    private Candidate[] _candidates;
    private uint[] _plan;
    private int[] _sizes = [];
    private int _planCount;
    private bool _planning;

    public ReplicationScheduler(int initialCapacity = 64)
    {
        _accumulator = new PriorityAccumulator(initialCapacity);
        _candidates = new Candidate[initialCapacity];
        _plan = new uint[initialCapacity];
    }

    /// <summary>Number of registered entities.</summary>
    public int Count => _accumulator.Count;

    /// <summary>The entities of the last plan, in send order; valid until the next plan.</summary>
    public ReadOnlySpan<uint> LastPlan => _plan.AsSpan(0, _planCount);

    /// <summary>Sum of the encoded sizes of the last plan's entities.</summary>
    public int LastPlanBytes { get; private set; }

    /// <summary>True when the last plan is a single entity larger than the budget (the oversized rule).</summary>
    public bool LastPlanOversized { get; private set; }

    /// <summary>Starts replicating an entity to this client; false when it was already registered.</summary>
    public bool Register(uint entityId)
    {
        ThrowIfPlanning();
        return _accumulator.Register(entityId);
    }

    /// <summary>Stops replicating an entity to this client at once: no later plan contains it. False when it was not registered.</summary>
    public bool Unregister(uint entityId)
    {
        ThrowIfPlanning();
        return _accumulator.Unregister(entityId);
    }

    public bool Contains(uint entityId) => _accumulator.Contains(entityId);

    /// <inheritdoc cref="PriorityAccumulator.TryGetAccumulated"/>
    public bool TryGetAccumulated(uint entityId, out double accumulated) => _accumulator.TryGetAccumulated(entityId, out accumulated);

    /// <inheritdoc cref="PriorityAccumulator.TryGetLastSentTick"/>
    public bool TryGetLastSentTick(uint entityId, out long tick) => _accumulator.TryGetLastSentTick(entityId, out tick);

    /// <summary>
    /// Plans one tick: accumulates every entity's <paramref name="priorityOf"/> (clamped by
    /// <see cref="PriorityAccumulator.Sanitize"/>), then returns the entities to send in send order.
    /// <paramref name="encodedSizeOf"/> is asked once per entity for the bytes it takes in this client's
    /// snapshot (it must be &gt;= 0). When they all fit in <paramref name="budgetBytes"/>, all are sent, in
    /// registration order, without ranking; otherwise they are ranked and packed greedily. The caller subtracts
    /// any fixed snapshot overhead (headers) from <paramref name="budgetBytes"/>. The span is valid until the next plan.
    /// </summary>
    public ReadOnlySpan<uint> Plan(long tick, int budgetBytes, Func<uint, int> encodedSizeOf, Func<uint, float> priorityOf)
    {
        ArgumentNullException.ThrowIfNull(encodedSizeOf);
        ArgumentNullException.ThrowIfNull(priorityOf);
        ThrowIfPlanning();
        _planning = true;
        try
        {
            return PlanCore(tick, budgetBytes, encodedSizeOf, priorityOf);
        }
        finally
        {
            _planning = false;
        }
    }

    /// <summary>Plans one tick within <paramref name="budget"/>: begins its tick, plans, and ends it with <see cref="LastPlanBytes"/> as spent.</summary>
    public ReadOnlySpan<uint> Plan(long tick, ReplicationSchedulerBudget budget, Func<uint, int> encodedSizeOf, Func<uint, float> priorityOf)
    {
        ArgumentNullException.ThrowIfNull(budget);
        var available = budget.BeginTick();
        try
        {
            Plan(tick, available, encodedSizeOf, priorityOf);
        }
        finally
        {
            budget.EndTick(LastPlanBytes);
        }

        return LastPlan;
    }

    /// <summary>
    /// The most ticks an entity can wait: among any this many consecutive plans after it was registered or
    /// last sent, it is sent at least once. With N = <paramref name="entityCount"/> registered entities,
    /// R = <paramref name="priorityRatio"/> = (highest per-tick priority) / (lowest per-tick priority) after
    /// clamping, and k = <paramref name="entitiesPerTick"/> a number of entities every plan is sure to take
    /// (1 for any budget &gt; 0; <c>max(1, floor(smallest budget / largest size))</c> for known sizes),
    /// the bound is <c>floor((R + 1)(ceil(N / k) − 1)) + 1</c>.
    /// </summary>
    /// <remarks>
    /// Proof. Let entity e go unsent in plans 1..T after its reset, so at plan t its accumulator is at least
    /// t·pmin. In a plan that leaves e out, at least k entities ranked at or above e are taken (the first k
    /// in rank order all fit, and the top-ranked one is always taken), each with accumulator ≥ e's. Take the
    /// last L = ceil(N/k) plans T−L+1..T. If some j were taken twice there, at t1 &lt; t2, then
    /// (t2 − t1)·pmax ≥ acc_j(t2) ≥ acc_e(t2) ≥ (T−L+1)·pmin, so L − 1 ≥ t2 − t1 ≥ (T−L+1)/R. So when
    /// T &gt; (R+1)(L−1) every entity is taken at most once in those L plans, yet they take L·k ≥ N entities
    /// other than e, of which there are only N − 1: a contradiction. Hence T ≤ (R+1)(L−1), and e is sent
    /// within floor((R+1)(L−1)) + 1 plans. With equal priorities (R = 1) the scheduler is round-robin and
    /// the true wait is ceil(N/k); the bound is then 2·ceil(N/k) − 1.
    /// </remarks>
    public static long StarvationBoundTicks(int entityCount, double priorityRatio, int entitiesPerTick = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(entityCount);
        ArgumentOutOfRangeException.ThrowIfLessThan(entitiesPerTick, 1);
        if (!(priorityRatio >= 1) || double.IsPositiveInfinity(priorityRatio))
        {
            throw new ArgumentOutOfRangeException(nameof(priorityRatio), priorityRatio, "priorityRatio must be a finite number >= 1.");
        }

        if (entityCount == 0)
        {
            return 0;
        }

        var windows = (entityCount + entitiesPerTick - 1) / entitiesPerTick;
        return (long)Math.Floor((priorityRatio + 1) * (windows - 1)) + 1;
    }

    private ReadOnlySpan<uint> PlanCore(long tick, int budgetBytes, Func<uint, int> encodedSizeOf, Func<uint, float> priorityOf)
    {
        _planCount = 0;
        LastPlanBytes = 0;
        LastPlanOversized = false;
        _accumulator.AccumulateAll(priorityOf);
        var count = _accumulator.Count;
        if (_candidates.Length < count)
        {
            var capacity = Math.Max(count, _candidates.Length * 2);
            _candidates = new Candidate[capacity];
            _plan = new uint[capacity];
        }

        var ids = _accumulator.EntityIds;
        if (_sizes.Length < count)
        {
            _sizes = new int[_candidates.Length];
        }

        var total = 0L;
        for (var slot = 0; slot < count; slot++)
        {
            var size = encodedSizeOf(ids[slot]);
            if (size < 0)
            {
                throw new InvalidOperationException($"encodedSizeOf returned {size} for entity {ids[slot]}; sizes must be >= 0.");
            }

            _sizes[slot] = size;
            total += size;
        }

        return total <= budgetBytes && budgetBytes > 0 ? PlanEverything(tick, count, (int)total) : PlanByRank(tick, count, budgetBytes);
    }

    /// <summary>Everything fits: no ranking needed.</summary>
    private ReadOnlySpan<uint> PlanEverything(long tick, int count, int bytes)
    {
        var ids = _accumulator.EntityIds;
        for (var slot = 0; slot < count; slot++)
        {
            _plan[_planCount++] = ids[slot];
            _accumulator.MarkSentAt(slot, tick);
        }

        LastPlanBytes = bytes;
        return LastPlan;
    }

    private ReadOnlySpan<uint> PlanByRank(long tick, int count, int budgetBytes)
    {
        var ids = _accumulator.EntityIds;
        var accumulated = _accumulator.AccumulatedValues;
        var lastSent = _accumulator.LastSentTicks;
        var candidates = _candidates.AsSpan(0, count);
        var tickMix = unchecked((uint)tick * 0x85EBCA77u);
        for (var slot = 0; slot < count; slot++)
        {
            // Odd multiplier then xor: a bijection of the id for a given tick, so the order is total.
            var tieBreak = unchecked(ids[slot] * 0x9E3779B1u) ^ tickMix;
            candidates[slot] = new Candidate(accumulated[slot], lastSent[slot], tieBreak, ids[slot], slot);
        }

        candidates.Sort(ByRank);

        var spent = 0;
        var oversized = false;
        var remaining = budgetBytes;
        for (var i = 0; i < count && remaining > 0; i++)
        {
            var entityId = candidates[i].EntityId;
            var size = _sizes[candidates[i].Slot];
            if (size <= remaining)
            {
                remaining -= size;
            }
            else if (i == 0)
            {
                oversized = true;
                remaining = 0;
            }
            else
            {
                continue;
            }

            spent += size;
            _plan[_planCount++] = entityId;
            _accumulator.MarkSentAt(candidates[i].Slot, tick);
        }

        LastPlanBytes = spent;
        LastPlanOversized = oversized;
        return LastPlan;
    }

    private void ThrowIfPlanning()
    {
        if (_planning)
        {
            throw new InvalidOperationException("Entities cannot be registered, unregistered or planned from inside a plan callback.");
        }
    }

    private readonly record struct Candidate(double Accumulated, long LastSentTick, uint TieBreak, uint EntityId, int Slot);
}
