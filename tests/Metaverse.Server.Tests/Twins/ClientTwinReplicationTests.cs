using Metaverse.Server.Sessions;
using Metaverse.Server.Twins;
using Metaverse.Shared.Replication;

namespace Metaverse.Server.Tests.Twins;

public class ClientTwinReplicationTests
{
    private static (RoomTwins Twins, ClientTwinReplication Client) Room(int bytesPerSnapshot = 1000, int twins = 1)
    {
        var room = new RoomTwins();
        for (var i = 0; i < twins; i++)
        {
            room.Add(new HostedTwin($"ramp-{i}", new RampTwin(), RampTwin.Kind(), 30));
        }

        var client = new ClientTwinReplication(bytesPerSnapshot);
        client.Reset(room.Version, room.Values.Length);
        return (room, client);
    }

    private static List<int> Indices(ReadOnlyMemory<byte> payload)
    {
        var indices = new List<int>();
        Assert.True(TwinValueCodec.TryDecode(payload.Span, 1000, (i, _) => indices.Add(i)));
        return indices;
    }

    [Fact]
    public void The_first_snapshot_carries_every_channel_and_unacknowledged_ones_are_sent_again()
    {
        var (room, client) = Room();

        Assert.Equal([0, 1, 2], Indices(client.Encode(1, room)));
        Assert.Equal([0, 1, 2], Indices(client.Encode(2, room)));
    }

    [Fact]
    public void After_an_ack_only_channels_beyond_their_deadband_are_sent()
    {
        var (room, client) = Room();
        client.Encode(1, room);
        client.Acknowledge(1, room.Version);

        room.Step(0.3);
        Assert.Empty(Indices(client.Encode(2, room)));

        room.Step(0.3);
        Assert.Equal([1], Indices(client.Encode(3, room)));

        room.Step(0.6);
        Assert.Equal([0, 1], Indices(client.Encode(4, room)));
    }

    [Fact]
    public void An_ack_for_another_catalog_version_does_not_count()
    {
        var (room, client) = Room();
        client.Encode(1, room);

        client.Acknowledge(1, room.Version + 1);

        Assert.Equal([0, 1, 2], Indices(client.Encode(2, room)));
    }

    [Fact]
    public void Over_budget_the_channels_sent_longest_ago_go_first_so_none_starves()
    {
        var (room, client) = Room(bytesPerSnapshot: 10, twins: 3);
        var seen = new HashSet<int>();

        for (uint tick = 1; tick <= 5; tick++)
        {
            var sent = Indices(client.Encode(tick, room));
            Assert.Equal(2, sent.Count);
            seen.UnionWith(sent);
        }

        Assert.Equal(Enumerable.Range(0, 9), seen.Order());
    }
}
