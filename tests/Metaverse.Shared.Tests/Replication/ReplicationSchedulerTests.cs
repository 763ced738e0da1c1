using Metaverse.Shared.Replication;

namespace Metaverse.Shared.Tests.Replication;

public sealed class ReplicationSchedulerTests
{
    [Theory]
    [InlineData(0, 1.0, 1, 0)]
    [InlineData(1, 1.0, 1, 1)]
    [InlineData(10, 1.0, 1, 19)]
    [InlineData(10, 1.0, 3, 7)]
    [InlineData(40, 4.0, 4, 46)]
    [InlineData(20, 16.0, 1, 324)]
    [InlineData(3, 2.5, 1, 8)]
    public void Starvation_bound_is_floor_of_R_plus_1_times_windows_minus_1_plus_1(int entities, double ratio, int perTick, long expected) =>
        Assert.Equal(expected, ReplicationScheduler.StarvationBoundTicks(entities, ratio, perTick));

    [Fact]
    public void Starvation_bound_refuses_meaningless_inputs()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReplicationScheduler.StarvationBoundTicks(-1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReplicationScheduler.StarvationBoundTicks(5, 0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReplicationScheduler.StarvationBoundTicks(5, double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReplicationScheduler.StarvationBoundTicks(5, 2, 0));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Equal_sized_entities_with_random_priorities_all_wait_at_most_the_bound(int seed)
    {
        // 40 entities of 100 B, 400 B per tick (k = 4 per tick), priorities redrawn every tick in [1, 4] (R = 4).
        const int Entities = 40;
        var random = new Random(seed);
        var priorities = new float[Entities + 1];
        var run = new Run(Entities);
        var bound = ReplicationScheduler.StarvationBoundTicks(Entities, priorityRatio: 4, entitiesPerTick: 4);
        Assert.Equal(46, bound);

        for (var tick = 1; tick <= 3000; tick++)
        {
            for (var id = 1; id <= Entities; id++)
            {
                priorities[id] = 1 + (3 * (float)random.NextDouble());
            }

            run.Plan(tick, 400, _ => 100, id => priorities[id]);
            Assert.Equal(4, run.Scheduler.LastPlan.Length);
        }

        Assert.InRange(run.MaxWait, 1, bound);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    public void Mixed_sizes_and_an_oversized_entity_with_weighted_priorities_all_wait_at_most_the_bound(int seed)
    {
        // Sizes 20..200 B plus one 900 B entity, 300 B per tick; priorities from the weights with base
        // priorities in [1, 2], random distances and changes every tick. Any budget > 0 takes k >= 1.
        const int Entities = 20;
        var weights = new PriorityAccumulatorWeights { ReferenceDistance = 2, MinimumDistanceFactor = 0.25f, ChangedBoost = 2 };
        var ratio = weights.PriorityRatio(1, 2);
        Assert.Equal(16, ratio, 6);
        var bound = ReplicationScheduler.StarvationBoundTicks(Entities, ratio);
        var random = new Random(seed);
        var sizes = new int[Entities + 1];
        var basePriority = new float[Entities + 1];
        var priorities = new float[Entities + 1];
        for (var id = 1; id <= Entities; id++)
        {
            sizes[id] = id == 5 ? 900 : random.Next(20, 201);
            basePriority[id] = 1 + (float)random.NextDouble();
        }

        var run = new Run(Entities);
        var oversizedSends = 0;
        for (var tick = 1; tick <= 5000; tick++)
        {
            for (var id = 1; id <= Entities; id++)
            {
                priorities[id] = weights.Evaluate(basePriority[id], distance: 20 * (float)random.NextDouble(), changed: random.Next(3) == 0);
            }

            var plan = run.Plan(tick, 300, id => sizes[id], id => priorities[id]);
            if (run.Scheduler.LastPlanOversized)
            {
                oversizedSends++;
                Assert.Equal([5u], plan);
            }
            else
            {
                Assert.InRange(run.Scheduler.LastPlanBytes, 0, 300);
            }
        }

        Assert.True(oversizedSends > 0, "the oversized entity must be sent");
        Assert.InRange(run.MaxWait, 1, bound);
    }

    [Fact]
    public void Equal_priorities_give_round_robin()
    {
        var run = new Run(10);
        for (var tick = 1; tick <= 200; tick++)
        {
            run.Plan(tick, 300, _ => 100, _ => 1f);
        }

        Assert.Equal(4, run.MaxWait);
        Assert.True(run.MaxWait <= ReplicationScheduler.StarvationBoundTicks(10, 1, 3));
        Assert.All(run.Sends.Skip(1), s => Assert.InRange(s, 57, 63));
    }

    [Fact]
    public void Higher_priority_entities_are_sent_about_priority_times_more_often()
    {
        // 10 entities at priority 4 and 10 at priority 1 compete for 2 slots per tick. In steady state
        // each is sent when its accumulator reaches the same level, so send rates follow priority (4:1).
        var run = new Run(20);
        for (var tick = 1; tick <= 5000; tick++)
        {
            run.Plan(tick, 200, _ => 100, id => id <= 10 ? 4f : 1f);
        }

        var high = run.Sends.Skip(1).Take(10).Sum();
        var low = run.Sends.Skip(11).Sum();
        var ratio = (double)high / low;
        Assert.Equal(10_000, high + low);
        Assert.InRange(ratio, 3.5, 4.5);
        Assert.True(low / 10 >= 5000 / ReplicationScheduler.StarvationBoundTicks(20, 4, 2), "low priority still gets its share");
    }

    [Fact]
    public void Plans_never_exceed_a_carried_budget_except_for_a_single_oversized_entity()
    {
        var random = new Random(5);
        var budget = new ReplicationSchedulerBudget(8000, 20);
        var scheduler = new ReplicationScheduler();
        var sizes = new Dictionary<uint, int>();
        for (uint id = 1; id <= 60; id++)
        {
            scheduler.Register(id);
            sizes[id] = id == 60 ? 1000 : random.Next(1, 151);
        }

        var oversized = 0;
        for (var tick = 1; tick <= 2000; tick++)
        {
            // Sizes change tick to tick, as delta-encoded sizes do.
            foreach (var id in sizes.Keys.Where(id => id != 60).ToList())
            {
                sizes[id] = random.Next(1, 151);
            }

            var carried = budget.CarriedBytes;
            var plan = scheduler.Plan(tick, budget, id => sizes[id], id => (id % 7) + 1);
            var available = budget.AvailableBytes;
            var bytes = plan.ToArray().Sum(id => sizes[id]);

            Assert.Equal(bytes, scheduler.LastPlanBytes);
            Assert.Equal(400, available - carried);
            if (scheduler.LastPlanOversized)
            {
                oversized++;
                Assert.Equal([60u], plan.ToArray());
                Assert.True(bytes > available);
            }
            else
            {
                Assert.InRange(bytes, 0, available);
            }
        }

        Assert.InRange(oversized, 1, 2000);
    }

    [Fact]
    public void Plan_is_in_order_of_accumulated_priority()
    {
        var scheduler = Registered(9, 3, 5, 1);

        var plan = scheduler.Plan(1, 30, _ => 10, id => id == 5 ? 3f : id == 9 ? 2f : 1f).ToArray();

        Assert.Equal(3, plan.Length);
        Assert.Equal([5u, 9u], plan[..2]);
        Assert.Contains(plan[2], new uint[] { 1, 3 });
        Assert.Equal(30, scheduler.LastPlanBytes);
    }

    [Fact]
    public void When_everything_fits_everything_is_sent_and_reset()
    {
        var scheduler = Registered(9, 3, 5, 1);

        var plan = scheduler.Plan(1, 40, _ => 10, id => id == 5 ? 3f : id == 9 ? 2f : 1f).ToArray();

        Assert.Equal([1u, 3u, 5u, 9u], plan.Order());
        Assert.Equal(40, scheduler.LastPlanBytes);
        Assert.True(scheduler.TryGetLastSentTick(3, out var tick));
        Assert.Equal(1, tick);
        Assert.True(scheduler.TryGetAccumulated(5, out var accumulated));
        Assert.Equal(0, accumulated);
    }

    [Fact]
    public void Equal_accumulators_go_to_the_entity_that_waited_longer()
    {
        var scheduler = new ReplicationScheduler();
        scheduler.Register(1);
        scheduler.Register(2);
        Func<uint, float> priorityOf = id => id == 1 ? 2f : 1f;

        Assert.Equal([1u], scheduler.Plan(1, 10, _ => 10, priorityOf).ToArray());
        var second = scheduler.Plan(2, 10, _ => 10, priorityOf).ToArray();

        Assert.True(scheduler.TryGetAccumulated(1, out var one));
        Assert.Equal(2, one);
        Assert.Equal([2u], second);
    }

    [Fact]
    public void Entities_that_do_not_fit_are_skipped_for_smaller_ones_and_keep_accumulating()
    {
        var scheduler = new ReplicationScheduler();
        scheduler.Register(1);
        scheduler.Register(2);
        scheduler.Register(3);
        var sizes = new Dictionary<uint, int> { [1] = 60, [2] = 50, [3] = 30 };

        var plan = scheduler.Plan(1, 100, id => sizes[id], id => 4f - id);

        Assert.Equal([1u, 3u], plan.ToArray());
        Assert.Equal(90, scheduler.LastPlanBytes);
        Assert.True(scheduler.TryGetAccumulated(2, out var left));
        Assert.Equal(2, left, 6);
        Assert.True(scheduler.TryGetAccumulated(1, out var sent));
        Assert.Equal(0, sent);
    }

    [Fact]
    public void A_budget_of_zero_sends_nothing_but_priorities_still_accumulate()
    {
        var scheduler = new ReplicationScheduler();
        scheduler.Register(1);

        Assert.True(scheduler.Plan(1, 0, _ => 10, _ => 2f).IsEmpty);
        Assert.True(scheduler.Plan(2, -5, _ => 10, _ => 2f).IsEmpty);

        Assert.True(scheduler.TryGetAccumulated(1, out var accumulated));
        Assert.Equal(4, accumulated, 6);
        Assert.False(scheduler.LastPlanOversized);
    }

    [Fact]
    public void Unregistering_removes_the_entity_from_the_very_next_plan()
    {
        var scheduler = new ReplicationScheduler();
        for (uint id = 1; id <= 5; id++)
        {
            scheduler.Register(id);
        }

        scheduler.Plan(1, 10, _ => 10, id => id == 3 ? 100f : 1f);
        scheduler.Plan(2, 10, _ => 10, _ => 1f);
        Assert.True(scheduler.TryGetAccumulated(3, out var before) && before > 0);

        Assert.True(scheduler.Unregister(3));
        var plan = scheduler.Plan(3, 1000, _ => 10, _ => 1f);

        Assert.Equal(4, scheduler.Count);
        Assert.DoesNotContain(3u, plan.ToArray());
        Assert.Equal(4, plan.Length);
        Assert.False(scheduler.Contains(3));
        Assert.False(scheduler.TryGetAccumulated(3, out _));

        Assert.True(scheduler.Register(3));
        Assert.True(scheduler.TryGetAccumulated(3, out var again));
        Assert.Equal(0, again);
    }

    [Fact]
    public void Callbacks_cannot_change_the_entity_set_and_sizes_must_not_be_negative()
    {
        var scheduler = new ReplicationScheduler();
        scheduler.Register(1);
        scheduler.Register(2);

        Assert.Throws<InvalidOperationException>(() => scheduler.Plan(1, 100, _ => scheduler.Unregister(2) ? 1 : 2, _ => 1f));
        Assert.Throws<InvalidOperationException>(() => scheduler.Plan(2, 100, _ => -1, _ => 1f));
        Assert.Equal(2, scheduler.Count);
        Assert.NotEmpty(scheduler.Plan(3, 100, _ => 1, _ => 1f).ToArray());
    }

    [Fact]
    public void Steady_state_plans_allocate_nothing()
    {
        var scheduler = new ReplicationScheduler(initialCapacity: 4);
        for (uint id = 0; id < 300; id++)
        {
            scheduler.Register(id);
        }

        var budget = new ReplicationSchedulerBudget(8000, 20);
        Func<uint, int> sizeOf = id => 8 + (int)(id % 13);
        Func<uint, float> priorityOf = id => 1 + (id % 5);
        for (var tick = 0; tick < 50; tick++)
        {
            scheduler.Plan(tick, budget, sizeOf, priorityOf);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var sent = 0;
        for (var tick = 50; tick < 1050; tick++)
        {
            sent += scheduler.Plan(tick, budget, sizeOf, priorityOf).Length;
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(sent > 1000);
    }

    /// <summary>A scheduler over entities 1..n that records, per entity, sends and the longest wait (ticks between sends, counting from tick 0).</summary>
    private sealed class Run
    {
        private readonly long[] _lastSent;

        public Run(int entities)
        {
            _lastSent = new long[entities + 1];
            Sends = new int[entities + 1];
            for (uint id = 1; id <= entities; id++)
            {
                Scheduler.Register(id);
            }
        }

        public ReplicationScheduler Scheduler { get; } = new();

        public int[] Sends { get; }

        public long MaxWait { get; private set; }

        private long LastTick { get; set; }

        public uint[] Plan(long tick, int budget, Func<uint, int> sizeOf, Func<uint, float> priorityOf)
        {
            var plan = Scheduler.Plan(tick, budget, sizeOf, priorityOf).ToArray();
            Assert.Equal(plan.Length, plan.Distinct().Count());
            foreach (var id in plan)
            {
                MaxWait = Math.Max(MaxWait, tick - _lastSent[id]);
                _lastSent[id] = tick;
                Sends[id]++;
            }

            LastTick = tick;

            // Entities not sent yet count too: their wait so far must also be within the bound.
            for (var id = 1; id < _lastSent.Length; id++)
            {
                MaxWait = Math.Max(MaxWait, LastTick - _lastSent[id]);
            }

            return plan;
        }
    }

    private static ReplicationScheduler Registered(params uint[] ids)
    {
        var scheduler = new ReplicationScheduler();
        foreach (var id in ids)
        {
            scheduler.Register(id);
        }

        return scheduler;
    }
}
