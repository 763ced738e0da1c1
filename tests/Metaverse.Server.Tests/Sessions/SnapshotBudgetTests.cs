using System.Numerics;
using Metaverse.Server.Sessions;
using Metaverse.Shared.Messages;

namespace Metaverse.Server.Tests.Sessions;

/// <summary>The per-client byte budget: more avatars than fit are shared out over ticks, none starves.</summary>
public sealed class SnapshotBudgetTests : IAsyncLifetime
{
    private const int BytesPerSecond = 2_000;
    private const int Clients = 12;
    private RunningServer _server = null!;

    public async Task InitializeAsync() => _server = await RunningServer.StartAsync(new Dictionary<string, string?> { ["Metaverse:SnapshotBytesPerSecond"] = BytesPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task More_avatars_than_the_budget_holds_are_all_seen_and_deltas_stay_near_the_budget()
    {
        var clients = new List<ProtocolClient>();
        for (var i = 0; i < Clients; i++)
        {
            var client = await ProtocolClient.LoginAndConnect(_server.Http, _server.Udp, $"walker{i}");
            client.Send(new Hello { ProtocolVersion = SessionHost.ProtocolVersion, ClientName = $"walker{i}" });
            client.Expect<Welcome>("welcome");
            client.Send(new JoinRoom { RoomId = "default" });
            client.Expect<RoomJoined>("join");
            clients.Add(client);
        }

        try
        {
            var ids = clients.Select(c => c.Received.OfType<Welcome>().First().ClientId).ToList();
            var watcher = clients[0];
            var clock = System.Diagnostics.Stopwatch.StartNew();
            for (var step = 0; !ids.Skip(1).All(id => watcher.FirstTickWith(id) is not null) || step < 60; step++)
            {
                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), "timed out waiting for the watcher to see every avatar");
                for (var i = 0; i < Clients; i++)
                {
                    clients[i].SendPose(new Vector3(i, 1.7f, step * 0.04f));
                    clients[i].Pump();
                }

                Thread.Sleep(33);
            }

            var perTick = BytesPerSecond / 30;
            var deltas = watcher.Received.OfType<Snapshot>().Where(s => s is { BaselineTick: > 0 }).Select(s => s!.Avatars.Length).ToList();
            Assert.NotEmpty(deltas);
            Assert.True(deltas.Average() <= perTick + 8, $"mean delta {deltas.Average():0.0} bytes against a budget of {perTick} bytes per tick");
            Assert.True(deltas.Max() <= (2 * perTick) + 30, $"largest delta {deltas.Max()} bytes (budget {perTick} per tick, carry-over up to one tick)");
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }
    }
}
