using System.Numerics;
using Metaverse.Shared.Replication;

namespace Metaverse.Shared.Tests.Replication;

public sealed class SnapshotInterpolationBufferTests
{
    private static readonly SnapshotInterpolationSettings TwentyHertz = new() { TickRate = 20 };

    [Fact]
    public void Midway_between_two_snapshots_is_exactly_the_midpoint()
    {
        var buffer = NewVectorBuffer(TwentyHertz);
        buffer.Add(10, new Vector3(0, 0, 0), localArrivalTime: 1.0);
        buffer.Add(11, new Vector3(2, 4, -6), localArrivalTime: 1.05);

        var mode = buffer.SampleAt((buffer.ServerTimeOf(10) + buffer.ServerTimeOf(11)) / 2, out var state);

        Assert.Equal(SnapshotInterpolationMode.Interpolated, mode);
        Assert.Equal(new Vector3(1, 2, -3), state);
        Assert.Equal(SnapshotInterpolationMode.Interpolated, buffer.SampleAt(buffer.ServerTimeOf(11), out state));
        Assert.Equal(new Vector3(2, 4, -6), state);
    }

    [Fact]
    public void Poses_are_lerped_and_slerped_midway()
    {
        var buffer = new SnapshotInterpolationBuffer<SnapshotInterpolationPose>(SnapshotInterpolationPose.Interpolate, TwentyHertz);
        var quarterTurn = Quaternion.CreateFromAxisAngle(Vector3.UnitY, MathF.PI / 2);
        buffer.Add(0, new SnapshotInterpolationPose(new Vector3(0, 1.6f, 0), Quaternion.Identity, Vector3.Zero, Quaternion.Identity, Vector3.Zero, quarterTurn), 0);
        buffer.Add(1, new SnapshotInterpolationPose(new Vector3(1, 1.6f, 0), quarterTurn, Vector3.One, quarterTurn, -Vector3.One, Quaternion.Identity), 0.05);

        Assert.Equal(SnapshotInterpolationMode.Interpolated, buffer.SampleAt(0.025, out var pose));

        var eighthTurn = Quaternion.CreateFromAxisAngle(Vector3.UnitY, MathF.PI / 4);
        Assert.Equal(new Vector3(0.5f, 1.6f, 0), pose.HeadPosition);
        Assert.Equal(new Vector3(0.5f), pose.LeftHandPosition);
        Assert.Equal(new Vector3(-0.5f), pose.RightHandPosition);
        AssertRotation(eighthTurn, pose.HeadRotation);
        AssertRotation(eighthTurn, pose.LeftHandRotation);
        AssertRotation(eighthTurn, pose.RightHandRotation);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Out_of_order_and_duplicate_arrivals_sample_the_same_as_in_order(int seed)
    {
        // Ticks 0..39 with a few lost (gaps); each snapshot's value is a function of its tick.
        var ticks = Enumerable.Range(0, 40).Where(t => t is not (7 or 12 or 13 or 30)).ToList();
        var settings = TwentyHertz with { Capacity = 64 };
        var inOrder = NewVectorBuffer(settings);
        foreach (var tick in ticks)
        {
            Assert.True(inOrder.Add(tick, ValueAt(tick), tick * 0.05));
        }

        var random = new Random(seed);
        var arrivals = ticks.Concat(ticks.Where(_ => random.Next(4) == 0)).OrderBy(_ => random.Next()).ToList();
        var shuffled = NewVectorBuffer(settings);
        var accepted = 0;
        for (var i = 0; i < arrivals.Count; i++)
        {
            accepted += shuffled.Add(arrivals[i], ValueAt(arrivals[i]), i * 0.05) ? 1 : 0;
        }

        Assert.Equal(ticks.Count, accepted);
        Assert.Equal(arrivals.Count - ticks.Count, shuffled.DuplicateCount);
        Assert.True(shuffled.OutOfOrderCount > 0);
        Assert.Equal(inOrder.Count, shuffled.Count);
        for (var renderTime = -0.1; renderTime < 2.5; renderTime += 0.0125)
        {
            var expectedMode = inOrder.SampleAt(renderTime, out var expected);
            var mode = shuffled.SampleAt(renderTime, out var actual);
            Assert.Equal(expectedMode, mode);
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void Past_the_newest_snapshot_it_extrapolates_linearly_up_to_the_cap_then_holds()
    {
        var buffer = NewVectorBuffer(TwentyHertz);
        buffer.Add(0, new Vector3(0, 0, 0), 0);
        buffer.Add(1, new Vector3(1, 0, 0), 0.05);

        // 1 m per 50 ms tick is 20 m/s.
        Assert.Equal(SnapshotInterpolationMode.Extrapolated, buffer.SampleAt(0.05 + 0.1, out var state));
        Assert.Equal(3, state.X, 4);
        Assert.Equal(SnapshotInterpolationMode.Extrapolated, buffer.SampleAt(0.05 + 0.25, out state));
        Assert.Equal(6, state.X, 4);
        Assert.Equal(SnapshotInterpolationMode.Held, buffer.SampleAt(0.05 + 0.2501, out state));
        Assert.Equal(6, state.X, 4);
        Assert.Equal(SnapshotInterpolationMode.Held, buffer.SampleAt(0.05 + 10, out state));
        Assert.Equal(6, state.X, 4);
    }

    [Fact]
    public void Extrapolation_uses_the_real_time_between_the_last_two_snapshots_across_a_gap()
    {
        var buffer = NewVectorBuffer(TwentyHertz with { MaximumExtrapolationSeconds = 0.1 });
        buffer.Add(0, new Vector3(0, 0, 0), 0);
        buffer.Add(4, new Vector3(0, 2, 0), 0.2);

        // 2 m over 4 ticks (0.2 s) is 10 m/s; capped at 0.1 s past the newest.
        Assert.Equal(SnapshotInterpolationMode.Extrapolated, buffer.SampleAt(0.25, out var state));
        Assert.Equal(2.5f, state.Y, 4);
        Assert.Equal(SnapshotInterpolationMode.Held, buffer.SampleAt(1.0, out state));
        Assert.Equal(3f, state.Y, 4);
    }

    [Fact]
    public void Empty_single_and_too_early_samples()
    {
        var buffer = NewVectorBuffer(TwentyHertz);
        Assert.Equal(SnapshotInterpolationMode.None, buffer.Sample(5, out var state));
        Assert.Equal(default, state);

        buffer.Add(3, new Vector3(3), 1);
        Assert.Equal(SnapshotInterpolationMode.Held, buffer.SampleAt(1, out state));
        Assert.Equal(new Vector3(3), state);

        buffer.Add(4, new Vector3(4), 1.05);
        Assert.Equal(SnapshotInterpolationMode.BeforeOldest, buffer.SampleAt(0.1, out state));
        Assert.Equal(new Vector3(3), state);
    }

    [Fact]
    public void Sample_renders_at_estimated_server_time_minus_the_delay()
    {
        // Constant 100 ms latency and a local clock 1000 s ahead of the server's.
        var buffer = NewVectorBuffer(TwentyHertz);
        for (var tick = 0; tick < 40; tick++)
        {
            buffer.Add(tick, new Vector3(tick, 0, 0), 1000 + (tick * 0.05) + 0.1);
        }

        Assert.Equal(-1000.1, buffer.ClockOffsetSeconds, 9);
        Assert.Equal(0, buffer.JitterSeconds, 9);

        var local = 1000 + 1.93;
        Assert.Equal(1.83 - buffer.DelaySeconds, buffer.RenderServerTime(local), 9);
        Assert.Equal(SnapshotInterpolationMode.Interpolated, buffer.Sample(local, out var state));
        Assert.Equal((float)((1.83 - buffer.DelaySeconds) * 20), state.X, 3);
    }

    [Fact]
    public void Delay_starts_at_its_default_and_is_reported_in_ticks_and_seconds()
    {
        var buffer = NewVectorBuffer(null);

        Assert.Equal(2.5, buffer.DelayTicks);
        Assert.Equal(2.5 / 30, buffer.DelaySeconds, 12);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Delay_grows_under_jitter_and_shrinks_back_slowly_once_arrivals_are_steady(int seed)
    {
        var buffer = NewVectorBuffer(null);
        var random = new Random(seed);
        const double Latency = 0.05;
        var tick = 0;

        // 10 s of steady arrivals at 30 Hz: the delay settles from 2.5 toward BaseDelayTicks = 2.
        for (; tick < 300; tick++)
        {
            buffer.Add(tick, Vector3.Zero, (tick / 30.0) + Latency);
        }

        Assert.Equal(0, buffer.JitterSeconds, 9);
        Assert.Equal(2.0, buffer.DelayTicks, 9);

        // 10 s of ±50 ms uniform jitter: mean |ΔD| is 33 ms, one tick, so the target is about 2 + 2 × 1 = 4 ticks.
        foreach (var (jitteredTick, arrival) in Jittered(300, 600, Latency - 0.05, 0.1, random))
        {
            buffer.Add(jitteredTick, Vector3.Zero, arrival);
            Assert.InRange(buffer.DelayTicks, 1.5, 6);
        }

        Assert.True(buffer.OutOfOrderCount > 0, "jitter larger than a tick reorders arrivals");
        tick = 600;

        var jittery = buffer.DelayTicks;
        Assert.InRange(jittery, 3.3, 5);
        Assert.InRange(buffer.JitterSeconds, 0.02, 0.05);

        // Steady again: one second later the delay has shrunk at most 0.25 ticks; after a minute it is back at 2.
        for (var end = tick + 30; tick < end; tick++)
        {
            buffer.Add(tick, Vector3.Zero, (tick / 30.0) + Latency);
        }

        Assert.InRange(buffer.DelayTicks, jittery - 0.26, jittery);
        for (var end = tick + 1800; tick < end; tick++)
        {
            buffer.Add(tick, Vector3.Zero, (tick / 30.0) + Latency);
        }

        Assert.Equal(2.0, buffer.DelayTicks, 3);
        Assert.Equal(2.0 / 30, buffer.DelaySeconds, 4);
    }

    [Fact]
    public void Delay_is_clamped_under_extreme_jitter()
    {
        var buffer = NewVectorBuffer(null);
        var random = new Random(9);
        foreach (var (tick, arrival) in Jittered(0, 600, 0, 0.6, random))
        {
            buffer.Add(tick, Vector3.Zero, arrival);
        }

        Assert.Equal(6, buffer.DelayTicks);
        Assert.Equal(0.2, buffer.DelaySeconds, 9);
    }

    [Fact]
    public void The_ring_keeps_only_the_newest_snapshots()
    {
        var buffer = NewVectorBuffer(TwentyHertz);
        for (var tick = 0; tick < 100; tick++)
        {
            Assert.True(buffer.Add(tick, new Vector3(tick), tick * 0.05));
            Assert.InRange(buffer.Count, 1, 32);
        }

        Assert.Equal(32, buffer.Count);
        Assert.Equal(68, buffer.OldestTick);
        Assert.Equal(99, buffer.NewestTick);

        Assert.False(buffer.Add(10, Vector3.Zero, 5));
        Assert.False(buffer.Add(67, Vector3.Zero, 5));
        Assert.Equal(2, buffer.TooOldCount);
        Assert.False(buffer.Add(80, Vector3.Zero, 5));
        Assert.Equal(1, buffer.DuplicateCount);

        Assert.True(buffer.Add(105, new Vector3(105), 5.25));
        Assert.True(buffer.Add(103, new Vector3(103), 5.26));
        Assert.Equal(32, buffer.Count);
        Assert.Equal(70, buffer.OldestTick);
        Assert.Equal(105, buffer.NewestTick);
        Assert.Equal(SnapshotInterpolationMode.Interpolated, buffer.SampleAt(buffer.ServerTimeOf(102), out var state));
        Assert.Equal(new Vector3(102), state);
    }

    [Fact]
    public void A_clock_jump_resets_the_offset_and_clear_forgets_everything()
    {
        var buffer = NewVectorBuffer(TwentyHertz);
        buffer.Add(0, Vector3.Zero, 10);
        buffer.Add(1, Vector3.Zero, 10.05);
        Assert.Equal(-10, buffer.ClockOffsetSeconds, 9);

        buffer.Add(2, Vector3.Zero, 60);
        Assert.Equal(0.1 - 60, buffer.ClockOffsetSeconds, 9);

        buffer.Clear();
        Assert.Equal(0, buffer.Count);
        Assert.False(buffer.HasClock);
        Assert.Equal(2.5, buffer.DelayTicks);
        Assert.True(buffer.Add(0, Vector3.Zero, 1));
    }

    [Fact]
    public void Adding_and_sampling_allocate_nothing()
    {
        var buffer = new SnapshotInterpolationBuffer<SnapshotInterpolationPose>(SnapshotInterpolationPose.Interpolate);
        var pose = new SnapshotInterpolationPose(Vector3.One, Quaternion.Identity, Vector3.Zero, Quaternion.Identity, Vector3.UnitX, Quaternion.Identity);
        buffer.Add(0, pose, 0);
        buffer.Sample(0, out _);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var tick = 1; tick < 2000; tick++)
        {
            buffer.Add(tick + (tick % 3 == 0 ? -2 : 0), pose, tick / 30.0);
            buffer.Sample(tick / 30.0, out _);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Settings_that_contradict_each_other_are_refused()
    {
        Assert.Equal(
            "InitialDelayTicks",
            Assert.Throws<ArgumentOutOfRangeException>(() => NewVectorBuffer(new SnapshotInterpolationSettings { InitialDelayTicks = 7 })).ParamName);
        Assert.Equal(
            "MinimumDelayTicks",
            Assert.Throws<ArgumentOutOfRangeException>(() => NewVectorBuffer(new SnapshotInterpolationSettings { MinimumDelayTicks = 3, MaximumDelayTicks = 2, InitialDelayTicks = 2 })).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => NewVectorBuffer(TwentyHertz).Add(0, Vector3.Zero, double.NaN));
    }

    private static SnapshotInterpolationBuffer<Vector3> NewVectorBuffer(SnapshotInterpolationSettings? settings) => new(Vector3.Lerp, settings);

    /// <summary>Ticks [from, to) sent at 30 Hz, each arriving after latency + uniform [0, width) seconds, in arrival order.</summary>
    private static List<(int Tick, double Arrival)> Jittered(int from, int to, double latency, double width, Random random) =>
        [.. Enumerable.Range(from, to - from)
            .Select(tick => (Tick: tick, Arrival: (tick / 30.0) + latency + (random.NextDouble() * width)))
            .OrderBy(a => a.Arrival)];

    private static Vector3 ValueAt(int tick) => new(tick, tick * tick * 0.01f, -tick);

    private static void AssertRotation(Quaternion expected, Quaternion actual) =>
        Assert.True(MathF.Abs(Quaternion.Dot(expected, actual)) > 1 - 1e-6f, $"expected {expected}, got {actual}");
}
