using System.Numerics;
using Metaverse.Shared.Replication;

namespace Metaverse.Client.Tests;

public class SnapshotStoreTests
{
    [Fact]
    public void Finds_baselines_by_tick()
    {
        var store = new SnapshotStore();
        store.Add(Snapshot(10));
        store.Add(Snapshot(12));

        Assert.True(store.TryGet(10, out var ten));
        Assert.Equal(10u, ten.Tick);
        Assert.False(store.TryGet(11, out _));
        Assert.Equal(10u, store.OldestTick);
        Assert.Equal(12u, store.NewestTick);
    }

    [Fact]
    public void Keeps_the_last_64_by_tick()
    {
        var store = new SnapshotStore();
        for (uint tick = 1; tick <= 100; tick++)
        {
            store.Add(Snapshot(tick));
        }

        Assert.Equal(64, store.Count);
        Assert.Equal(37u, store.OldestTick);
        Assert.Equal(100u, store.NewestTick);
        Assert.False(store.TryGet(36, out _));
        Assert.True(store.TryGet(37, out _));
    }

    [Fact]
    public void Keeps_only_the_window_of_capacity_ticks_below_the_newest_even_out_of_order()
    {
        var store = new SnapshotStore(capacity: 4);
        store.Add(Snapshot(5));
        store.Add(Snapshot(3));
        store.Add(Snapshot(6));
        Assert.True(store.Add(Snapshot(4)));
        Assert.Equal(4, store.Count);

        Assert.True(store.Add(Snapshot(8)));

        Assert.Equal([5u, 6u, 8u], Enumerable.Range(1, 10).Select(t => (uint)t).Where(store.Contains));
        Assert.Equal(3, store.Count);
        Assert.False(store.Add(Snapshot(4)));
        Assert.True(store.Add(Snapshot(7)));
        Assert.Equal(5u, store.OldestTick);
    }

    [Fact]
    public void A_jump_far_ahead_forgets_everything_older()
    {
        var store = new SnapshotStore(capacity: 4);
        store.Add(Snapshot(1));
        store.Add(Snapshot(2));

        store.Add(Snapshot(1000));

        Assert.Equal(1, store.Count);
        Assert.False(store.Contains(2));
        Assert.Equal(1000u, store.OldestTick);
    }

    [Fact]
    public void Decodes_a_delta_chain_against_stored_baselines()
    {
        var codec = AvatarSnapshotCodec.Default;
        var store = new SnapshotStore();
        var one = Snapshot(1, x: 1f);
        var two = Snapshot(2, x: 1.1f);
        var three = Snapshot(3, x: 1.2f);

        Assert.True(codec.TryDecode(codec.Encode(one), 1, null, store, out var decodedOne));
        store.Add(decodedOne);
        Assert.True(store.TryGet(1, out var baseline));
        Assert.True(codec.TryDecode(codec.Encode(two, baseline, store), 2, baseline, store, out var decodedTwo));
        store.Add(decodedTwo);
        Assert.True(store.TryGet(2, out var b2));
        Assert.True(codec.TryDecode(codec.Encode(three, b2, store), 3, b2, store, out var decodedThree));

        Assert.True(decodedThree.TryGetPose(7, out var pose));
        Assert.Equal(1.2f, pose.Dequantize(PositionQuantizer.Default).HeadPosition.X, 0.002f);
    }

    private static AvatarSnapshot Snapshot(uint tick, float x = 0)
    {
        var pose = new BotPath(1).PoseAt(0) with { HeadPosition = new Vector3(x, 1.7f, 0) };
        return new AvatarSnapshot(tick, [new AvatarEntity(7, pose.Quantize(PositionQuantizer.Default))]);
    }
}
