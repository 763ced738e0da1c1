using System.Numerics;
using Metaverse.Server.Sessions;

namespace Metaverse.Server.Tests.Sessions;

public sealed class NearestAvatarsTests
{
    [Theory]
    [InlineData(1, 500, 64)]
    [InlineData(2, 100, 8)]
    [InlineData(3, 65, 64)]
    [InlineData(4, 10, 64)]
    public void The_chosen_avatars_are_exactly_the_nearest_ones_without_the_viewer(int seed, int avatars, int limit)
    {
        var random = new Random(seed);
        var heads = Enumerable.Range(1, avatars).ToDictionary(
            i => (uint)i,
            _ => new Vector3(random.Next(-20, 20), 1.7f, random.Next(-20, 20)));
        var viewerHead = heads[1];
        var nearest = new NearestAvatars();

        nearest.Select(Room(heads), viewer: 1, viewerHead, limit);

        var expectedCount = Math.Min(limit, avatars - 1);
        var chosen = nearest.Chosen.ToArray();
        Assert.Equal(expectedCount, chosen.Length);
        Assert.DoesNotContain(1u, chosen);
        Assert.Equal(chosen.Length, chosen.Distinct().Count());
        var cutoff = heads.Where(h => h.Key != 1).Select(h => Vector3.DistanceSquared(viewerHead, h.Value)).Order().ElementAt(expectedCount - 1);
        Assert.All(chosen, id => Assert.True(Vector3.DistanceSquared(viewerHead, heads[id]) <= cutoff, $"avatar {id} is farther than the {expectedCount}-th nearest"));
    }

    [Fact]
    public void A_member_stays_until_a_newcomer_is_clearly_nearer()
    {
        var heads = new Dictionary<uint, Vector3> { [1] = Vector3.Zero, [2] = new(10, 0, 0), [3] = new(9, 0, 0) };
        var nearest = new NearestAvatars();
        uint[] current = [2];

        nearest.Select(Room(heads), viewer: 1, Vector3.Zero, limit: 1, current);
        Assert.Equal([2u], nearest.Chosen.ToArray());

        heads[3] = new Vector3(10 / NearestAvatars.Hysteresis - 0.1f, 0, 0);
        nearest.Select(Room(heads), viewer: 1, Vector3.Zero, limit: 1, current);
        Assert.Equal([3u], nearest.Chosen.ToArray());
    }

    [Fact]
    public void A_viewer_without_a_head_yet_gets_the_nearest_of_all()
    {
        var heads = new Dictionary<uint, Vector3> { [2] = new(1, 0, 0), [3] = new(5, 0, 0), [4] = new(3, 0, 0) };
        var nearest = new NearestAvatars();

        nearest.Select(Room(heads), viewer: 1, Vector3.Zero, limit: 2);

        Assert.Equal([2u, 4u], nearest.Chosen.ToArray().Order());
    }

    private static RoomHeads Room(Dictionary<uint, Vector3> heads)
    {
        var room = new RoomHeads();
        foreach (var (id, head) in heads)
        {
            room.Set(id, head);
        }

        return room;
    }
}
