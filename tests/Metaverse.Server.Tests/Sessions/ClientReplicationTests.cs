using System.Numerics;
using Metaverse.Server.Sessions;

namespace Metaverse.Server.Tests.Sessions;

public sealed class ClientReplicationTests
{
    private const int Limit = 8;

    [Fact]
    public void In_a_room_larger_than_the_interest_it_is_recomputed_once_per_period_staggered_by_client()
    {
        var heads = Heads(Limit + 10);
        var replication = Tracked(heads);

        var due = Enumerable.Range(100, 3 * ClientReplication.InterestPeriodTicks).Where(t => replication.InterestDue((uint)t, clientId: 1, heads, Limit)).ToArray();

        Assert.Equal(3, due.Length);
        Assert.All(due, t => Assert.Equal(0, (t + 1) % ClientReplication.InterestPeriodTicks));
    }

    [Fact]
    public void It_is_recomputed_at_once_when_an_avatar_of_the_interest_leaves()
    {
        var heads = Heads(Limit + 10);
        var replication = Tracked(heads);
        var tick = FirstNotDue(replication, heads);
        var leaver = replication.Interest[0];

        var remaining = new RoomHeads();
        foreach (var id in heads.Ids)
        {
            if (id != leaver)
            {
                remaining.Set(id, heads[id]);
            }
        }

        Assert.True(replication.InterestDue(tick, clientId: 1, remaining, Limit));
    }

    [Fact]
    public void In_a_room_that_fits_the_interest_it_is_recomputed_every_tick_so_newcomers_show_at_once()
    {
        var heads = Heads(Limit + 1);
        var replication = Tracked(heads);

        Assert.All(Enumerable.Range(100, 8), t => Assert.True(replication.InterestDue((uint)t, clientId: 1, heads, Limit)));
    }

    private static ClientReplication Tracked(RoomHeads heads)
    {
        var replication = new ClientReplication(16_000, 30);
        var nearest = new NearestAvatars();
        Assert.True(replication.InterestDue(0, clientId: 1, heads, Limit));
        nearest.Select(heads, viewer: 1, heads[1], Limit);
        replication.Track(nearest.Chosen);
        return replication;
    }

    private static uint FirstNotDue(ClientReplication replication, RoomHeads heads) =>
        (uint)Enumerable.Range(100, ClientReplication.InterestPeriodTicks).First(t => !replication.InterestDue((uint)t, clientId: 1, heads, Limit));

    private static RoomHeads Heads(int count)
    {
        var heads = new RoomHeads();
        for (uint id = 1; id <= count; id++)
        {
            heads.Set(id, new Vector3(id, 1.7f, 0));
        }

        return heads;
    }
}
