using Metaverse.Shared.Replication;

namespace Metaverse.Shared.Tests.Replication;

public sealed class HeldAvatarsTests
{
    /// <summary>Six snapshots (ticks 1–6) of avatars 2, 4, …, 40, each sent in its snapshot.</summary>
    private static readonly TickHistory History = new([.. Enumerable.Range(1, 6).Select(tick => new AvatarSnapshot((uint)tick, Enumerable.Range(1, 20).Select(i => AvatarEntity.Added((uint)(2 * i), default, (uint)tick))))]);

    [Fact]
    public void Finds_avatars_in_many_snapshots_whatever_the_order_of_ids()
    {
        var held = new HeldAvatars(History);
        uint[] ids = [2, 8, 40, 4, 30, 30, 6];

        foreach (var id in ids)
        {
            for (var tick = 1u; tick <= 6; tick++)
            {
                Assert.True(held.TryGet(tick, id, out var entity), $"avatar {id} at tick {tick}");
                Assert.Equal((id, tick), (entity.EntityId, entity.PoseTick));
            }
        }
    }

    [Fact]
    public void Misses_ids_not_held_and_ticks_not_in_the_history()
    {
        var held = new HeldAvatars(History);

        Assert.False(held.TryGet(1, 3, out _));
        Assert.False(held.TryGet(1, 41, out _));
        Assert.False(held.TryGet(9, 2, out _));
        Assert.True(held.TryGet(1, 2, out _));
    }

    [Fact]
    public void Misses_an_avatar_whose_pose_was_sent_by_another_snapshot()
    {
        var kept = AvatarEntity.Added(7, default, tick: 3);
        var held = new HeldAvatars(new TickHistory(new AvatarSnapshot(5, [kept])));

        Assert.False(held.TryGet(5, 7, out _));
    }
}
