using Metaverse.Server.Sessions;
using Metaverse.Shared.Replication;

namespace Metaverse.Server.Tests.Sessions;

public sealed class SentSnapshotsTests
{
    [Fact]
    public void Adding_a_tick_returns_the_snapshot_it_pushes_out_of_the_ring()
    {
        var sent = new SentSnapshots();
        var first = new AvatarSnapshot(3, []);

        Assert.Null(sent.Add(first));
        Assert.True(sent.TryGet(3, out var found));
        Assert.Same(first, found);

        var later = new AvatarSnapshot(3 + SentSnapshots.Capacity, []);
        var replaced = sent.Add(later);

        Assert.Same(first, replaced);
        Assert.False(sent.TryGet(3, out _));
        Assert.True(sent.TryGet(3 + SentSnapshots.Capacity, out var kept));
        Assert.Same(later, kept);
    }

    [Fact]
    public void Arrays_given_back_are_rented_again_by_their_length()
    {
        var pool = new EntityArrayPool();
        var array = new AvatarEntity[7];

        pool.Return(array);

        Assert.Same(array, pool.Rent(7));
        Assert.NotSame(array, pool.Rent(7));
        Assert.Equal(3, pool.Rent(3).Length);
    }
}
