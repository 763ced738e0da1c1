using System.Numerics;
using Metaverse.Shared.Messages;

namespace Metaverse.Server.Tests.Sessions;

/// <summary>
/// A room composed in parallel with the network read after every client (the smallest chunks), so that leaves and
/// disconnects land between two chunks of a tick.
/// </summary>
public sealed class SnapshotBroadcasterTests : IAsyncLifetime
{
    private RunningServer _server = null!;

    public async Task InitializeAsync() => _server = await RunningServer.StartAsync(new Dictionary<string, string?>
    {
        ["Metaverse:ParallelSnapshotsFrom"] = "2",
        ["Metaverse:SnapshotClientsPerNetworkRead"] = "1",
        ["Metaverse:DefaultTwins"] = "none",
    });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Clients_leaving_and_dropping_between_chunks_vanish_while_the_others_keep_getting_snapshots()
    {
        var clients = new List<ProtocolClient>();
        for (var i = 0; i < 6; i++)
        {
            clients.Add(await ProtocolClient.Joined(_server.Http, _server.Udp, $"c{i}"));
        }

        try
        {
            var ids = clients.Select(c => c.Expect<Welcome>("welcome").ClientId).ToArray();
            Pump(clients, () => clients.All(c => ids.All(id => c == clients[Array.IndexOf(ids, id)] || c.Latest?.TryGetPose(id, out _) == true)), "everyone to see everyone");

            // Two leave the room and one drops, each sent at once while the server keeps composing.
            clients[0].Send(new LeaveRoom { RoomId = "default" });
            clients[1].Send(new LeaveRoom { RoomId = "default" });
            clients[2].Dispose();
            var stayed = clients.Skip(3).ToList();
            var ticksBefore = stayed.Select(c => c.Latest!.Tick).ToArray();

            Pump(stayed, () => stayed.All(c => ids.Take(3).All(id => c.Latest?.TryGetPose(id, out _) == false)), "the three to vanish", seconds: 15);

            Pump(stayed, () => stayed.Select((c, i) => c.Latest!.Tick > ticksBefore[i] + 10).All(moved => moved), "ten more ticks of snapshots");
            Assert.All(stayed, c => Assert.All(ids.Skip(3), id => Assert.True(c.Latest!.TryGetPose(id, out _) || id == ids[3 + stayed.IndexOf(c)])));
            Assert.Equal(System.Net.HttpStatusCode.OK, (await _server.Http.GetAsync("/health")).StatusCode);
        }
        finally
        {
            foreach (var client in clients.Skip(3).Concat(clients.Take(2)))
            {
                client.Dispose();
            }
        }
    }

    private static void Pump(IReadOnlyList<ProtocolClient> clients, Func<bool> condition, string what, double seconds = 10)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed.TotalSeconds < seconds, $"timed out after {seconds} s waiting for {what}");
            foreach (var client in clients)
            {
                client.SendPose(new Vector3(0, 1.7f, 0));
                client.Pump();
            }

            Thread.Sleep(5);
        }
    }
}
