using System.Runtime.CompilerServices;
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
                ref readonly var entity = ref held.In(tick, id);
                Assert.False(Unsafe.IsNullRef(in entity), $"avatar {id} at tick {tick}");
                Assert.Equal((id, tick), (entity.EntityId, entity.PoseTick));
            }
        }
    }

    [Fact]
    public void Misses_ids_not_held_and_ticks_not_in_the_history()
    {
        var held = new HeldAvatars(History);

        Assert.True(Unsafe.IsNullRef(in held.In(1, 3)));
        Assert.True(Unsafe.IsNullRef(in held.In(1, 41)));
        Assert.True(Unsafe.IsNullRef(in held.In(9, 2)));
        Assert.Equal(2u, held.In(1, 2).EntityId);
    }

    [Fact]
    public void Finds_an_avatar_in_snapshots_beyond_its_cursors_by_search()
    {
        var held = new HeldAvatars(History);
        for (var tick = 1u; tick <= 4; tick++)
        {
            Assert.Equal(10u, held.In(tick, 10).EntityId);
        }

        Assert.Equal((8u, 6u), (held.In(6, 8).EntityId, held.In(6, 8).PoseTick));
        Assert.Equal(6u, held.In(5, 6).EntityId);
        Assert.True(Unsafe.IsNullRef(in held.In(5, 7)));
    }
}
