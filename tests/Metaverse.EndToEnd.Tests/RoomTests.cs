using Metaverse.Client;
using Metaverse.Shared.Net.Simulation;

namespace Metaverse.EndToEnd.Tests;

/// <summary>Many clients in one room, through the whole stack.</summary>
[Collection(RenderingProcesses.Name)]
public sealed class RoomTests
{
    [Fact]
    public async Task Fifty_bots_under_ten_percent_loss_each_way_all_see_all_others_and_lose_no_chat_message()
    {
        var loss = new NetworkConditions { LossRate = 0.10, Latency = TimeSpan.FromMilliseconds(5), Jitter = TimeSpan.FromMilliseconds(2), Seed = 100 };
        // Snapshots composed in parallel from 8 clients up and the network read after every 8 clients composed,
        // so the worker path and the reads between chunks run under loss too.
        await using var server = await ServerFixture.Start(loss, new Dictionary<string, string?>
        {
            ["Metaverse:ParallelSnapshotsFrom"] = "8",
            ["Metaverse:SnapshotClientsPerNetworkRead"] = "8",
        });
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var swarm = new BotSwarm(new BotSwarmOptions
        {
            Server = server.Udp,
            Api = server.Api,
            Bots = 50,
            Duration = TimeSpan.FromSeconds(4),
            DrainTimeout = TimeSpan.FromSeconds(15),
            Conditions = loss with { Seed = 200 },
        });

        var report = await swarm.RunAsync(http: http);

        Assert.True(report.Ok, report.ToJson(indented: true));
        Assert.All(report.Bots, bot => Assert.True(bot.AvatarsSeen == 49, $"{bot.Name} saw {bot.AvatarsSeen} of 49 avatars"));
        Assert.All(report.Bots, bot => Assert.Equal((0L, 0L), (bot.ChatMissing, bot.ChatOutOfOrder)));
        var kinds = Metaverse.Server.Twins.BuiltinTwinKinds.Create();
        var twinChannels = new Metaverse.Server.Hosting.ServerOptions().DefaultTwinKinds().Sum(k => kinds.Find(k)!.Create(1).Channels.Count + 1);
        Assert.All(report.Bots, bot => Assert.True(bot.TwinChannels == twinChannels, $"{bot.Name} holds {bot.TwinChannels} of the room's {twinChannels} twin channels"));
        Assert.Equal(50L * 49 * report.Bots[0].ChatSent, report.Totals.ChatReceived, tolerance: 50 * 49 * 2);
    }

    [Fact]
    public async Task A_client_that_timed_out_leaves_the_roster_can_log_in_again_and_is_seen_again_by_name()
    {
        await using var server = await ServerFixture.Start();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var login = new LoginClient(http, server.Api);
        using var watcher = await Clients.Joined(login, server, "watcher");
        var first = await Clients.Joined(login, server, "traveller");
        var firstId = first.ClientId;
        Clients.Pump([watcher, first], () => watcher.LatestSnapshot?.TryGetPose(firstId, out _) == true, "the watcher to see the traveller");
        Clients.Pump([watcher, first], () => watcher.Roster.TryGet(firstId, out _) && first.Roster.Count == 2, "both rosters to hold both members");
        Assert.True(watcher.Roster.TryGet(firstId, out var traveller));
        Assert.Equal(("traveller", LoginClient.StudentRole), (traveller.Name, traveller.Role));
        Assert.True(first.Roster.TryGet(watcher.ClientId, out var seen) && seen.Name == "watcher", "the traveller's roster names the watcher");

        // The traveller goes silent (a frozen app, a dead Wi-Fi): the server times it out after 5 s.
        Clients.Pump([watcher], () => watcher.LatestSnapshot?.TryGetPose(firstId, out _) == false, "the traveller's avatar to leave", seconds: 15);
        Clients.Pump([watcher], () => !watcher.Roster.TryGet(firstId, out _), "the traveller to leave the roster");
        first.Poll();
        first.Dispose();
        using var again = await Clients.Joined(login, server, "traveller");

        Clients.Pump([watcher, again], () => watcher.LatestSnapshot?.TryGetPose(again.ClientId, out _) == true, "the watcher to see the traveller again");
        Assert.NotEqual(firstId, again.ClientId);
    }
}
