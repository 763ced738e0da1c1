using System.Numerics;
using Metaverse.Server.Sessions;
using Metaverse.Server.Storage;
using Metaverse.Shared.Messages;
using Metaverse.Shared.Net;
using Metaverse.Shared.Replication;
using Microsoft.Extensions.DependencyInjection;

namespace Metaverse.Server.Tests.Sessions;

/// <summary>The session protocol end to end against the running server (docs/SESSION_PROTOCOL.md).</summary>
public sealed class SessionProtocolTests : IAsyncLifetime
{
    private RunningServer _server = null!;

    public async Task InitializeAsync() => _server = await RunningServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Two_clients_see_each_others_avatars_within_three_ticks_at_the_positions_sent()
    {
        using var ada = await Joined("ada");
        using var alan = await Joined("alan");
        var alanId = alan.Expect<Welcome>("welcome").ClientId;

        alan.SendPose(new Vector3(1.25f, 1.7f, -2.5f));
        ada.SendPose(new Vector3(-3f, 1.6f, 4f));
        Pump([ada, alan], () => Sees(ada, alan) && Sees(alan, ada), "each to see the other");

        // The server tick at which it applied alan's pose shows in alan's own snapshots (last_intent_sequence).
        var applied = alan.Received.OfType<Snapshot>().Where(s => s is { LastIntentSequence: >= 1 }).Min(s => s!.Tick);
        Assert.InRange(ada.FirstTickWith(alanId)!.Value - applied, 0u, 3u);
        Assert.True(ada.Latest!.TryGetPose(alanId, out var pose));
        var head = pose.Dequantize(PositionQuantizer.Default).HeadPosition;
        Assert.True(Vector3.Distance(head, new Vector3(1.25f, 1.7f, -2.5f)) <= 0.001f, $"decoded head at {head}");
    }

    [Fact]
    public async Task Later_snapshots_are_deltas_against_an_acknowledged_tick_and_small()
    {
        using var ada = await Joined("ada");
        using var alan = await Joined("alan");
        for (var i = 0; i < 40; i++)
        {
            alan.SendPose(new Vector3(i * 0.05f, 1.7f, 0));
            ada.SendPose(new Vector3(0, 1.7f, i * 0.05f));
            Pump([ada, alan], () => false, "nothing", untilSeconds: 0.033);
        }

        var deltas = ada.Received.OfType<Snapshot>().Where(s => s is { BaselineTick: > 0 } && s.Avatars.Length > 1).ToList();
        Assert.NotEmpty(deltas);
        Assert.All(deltas, s => Assert.True(s.BaselineTick < s.Tick));
        Assert.True(deltas.Average(s => s.Avatars.Length) <= 12, $"mean delta of {deltas.Average(s => s.Avatars.Length):0.0} bytes for one moving avatar");

        // /metrics counts them (published a few times a second) with their baseline ages, each at least one tick.
        var received = new[] { ada, alan }.Sum(c => c.Received.Count(e => e is Snapshot { BaselineTick: > 0 }));
        var (count, ages) = (0.0, 0.0);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (count < received && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
            var metrics = await _server.Http.GetStringAsync("/metrics");
            (count, ages) = (Metric(metrics, "metaverse_snapshots_delta_total"), Metric(metrics, "metaverse_snapshot_baseline_age_ticks_total"));
        }

        Assert.True(count >= received, $"metrics count {count} delta snapshots, the clients received {received}");
        Assert.InRange(ages / count, 1, 64);
    }

    private static double Metric(string metrics, string name) =>
        double.Parse(metrics.Split('\n').Single(l => l.StartsWith(name + " ", StringComparison.Ordinal))[(name.Length + 1)..], System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Chat_lines_of_one_tick_reach_the_room_in_one_batch_in_order_with_the_senders_name()
    {
        using var ada = await Joined("ada");
        using var alan = await Joined("alan");

        ada.Send(new ChatMessage { Text = "line 3 is ready" });
        ada.Send(new ChatMessage { Text = "starting the press" });
        var batch = alan.Expect(e => e is ChatBatch { Messages.Count: > 0 } b ? b : null, "the chat lines");
        if (batch.Messages.Count == 1)
        {
            // The two lines straddled a tick: the second comes in the next batch, still in order.
            batch.Messages.AddRange(alan.Expect(e => e is ChatBatch { Messages.Count: > 0 } b && b != batch ? b : null, "the second line").Messages);
        }

        Assert.Equal(["line 3 is ready", "starting the press"], batch.Messages.Select(m => m.Text));
        var adaId = ada.Expect<Welcome>("ada's welcome").ClientId;
        Assert.All(batch.Messages, m => Assert.Equal(("ada", adaId), (m.FromName, m.FromClientId)));
        Assert.True(batch.Messages[0].UtcUnixMs > 0);
        // The sender gets the same batch (the client library skips its own lines).
        ada.Expect(e => e is ChatBatch { Messages.Count: > 0 } b ? b : null, "the sender's copy");
    }

    [Fact]
    public async Task A_command_is_applied_once_audited_and_a_retry_gets_the_same_result()
    {
        using var ada = await Joined("ada");
        var command = new Command { RequestId = "req-1", Action = SessionHost.CreateRoomAction, Reason = "training session for shift B" };
        command.Arguments["name"] = "training";

        ada.Send(command);
        var first = ada.Expect<CommandResult>("the result");
        ada.Received.Clear();
        ada.Send(command);
        var retry = ada.Expect<CommandResult>("the retried result");

        Assert.True(first.Ok, first.Message);
        Assert.Equal(SessionCodec.Serialize(first), SessionCodec.Serialize(retry));
        var audit = new AuditReader(_server.App.Services.GetRequiredService<StorageWriter>().Path).Query(new AuditFilter { Action = SessionHost.CreateRoomAction });
        var record = Assert.Single(audit);
        Assert.Equal(("ada", "operator", "training", "training session for shift B"), (record.Actor, record.Role, record.NewValue, record.Reason));
        Assert.Equal(new AuditVerification.Ok(1), AuditVerifier.Verify(_server.App.Services.GetRequiredService<StorageWriter>().Path));
    }

    [Theory]
    [InlineData("room.delete", "a reason", "x", "action", "room.create, twin.create, or an action with twin_id set")]
    [InlineData("room.create", "", "x", "reason", "1–4096 characters")]
    [InlineData("room.create", "a reason", "", "arguments.name", "1–64 characters")]
    [InlineData("room.create", "a reason", "default", "arguments.name", "a name no room has yet")]
    public async Task A_refused_command_names_the_field_and_the_accepted_range(string action, string reason, string name, string field, string range)
    {
        using var ada = await Joined("ada");
        var command = new Command { RequestId = "req-x", Action = action, Reason = reason };
        command.Arguments["name"] = name;

        ada.Send(command);
        var result = ada.Expect<CommandResult>("the result");

        Assert.False(result.Ok);
        Assert.Equal((field, range), (result.ErrorField, result.AcceptedRange));
    }

    [Fact]
    public async Task A_command_with_both_a_twin_and_an_entity_target_is_refused()
    {
        using var ada = await Joined("ada");

        ada.Send(new Command { RequestId = "req-both", TwinId = "cdc-line-1", EntityId = 7, Action = "stop", Reason = "both targets" });
        var result = ada.Expect<CommandResult>("the result");

        Assert.False(result.Ok);
        Assert.Equal(("twin_id", "twin_id or entity_id, not both"), (result.ErrorField, result.AcceptedRange));
    }

    [Fact]
    public async Task A_flood_of_commands_is_capped_with_a_reason_and_the_server_keeps_serving()
    {
        using var ada = await Joined("ada");
        for (var i = 0; i < 3 * SessionHost.MaxCommandsInFlight; i++)
        {
            var command = new Command { RequestId = $"flood-{i}", Action = SessionHost.CreateRoomAction, Reason = "flood" };
            command.Arguments["name"] = $"flood-room-{i}";
            ada.Send(command);
        }

        ada.PumpUntil(() => ada.Received.OfType<CommandResult>().Count() == 3 * SessionHost.MaxCommandsInFlight, "a result for every command");
        var results = ada.Received.OfType<CommandResult>().ToList();

        Assert.Contains(results, r => r.Ok);
        Assert.All(results.Where(r => !r.Ok), r => Assert.Equal("request_id", r.ErrorField));
        Assert.Null(ada.Disconnected);
        var expectedRooms = results.Count(r => r.Ok) + 1;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        int listed;
        do
        {
            await Task.Delay(50);
            var rooms = await _server.Http.GetStringAsync(new Uri("/api/rooms", UriKind.Relative));
            listed = System.Text.Json.JsonDocument.Parse(rooms).RootElement.GetArrayLength();
        }
        while (listed != expectedRooms && clock.Elapsed < TimeSpan.FromSeconds(5));

        Assert.Equal(expectedRooms, listed);
    }

    [Fact]
    public async Task Garbage_and_impossible_poses_are_ignored_and_the_server_keeps_serving()
    {
        using var ada = await Joined("ada");
        using var alan = await Joined("alan");

        ada.SendRaw([0xFF, 0xFF, 0xFF, 0x07]);
        ada.SendPose(new Vector3(float.NaN, 1, 1));
        ada.SendPose(new Vector3(10_000, 1, 1));
        ada.Send(new ChatMessage { Text = new string('x', SessionHost.MaxChatLength + 1) });
        alan.SendPose(new Vector3(1, 1.7f, 1));
        Pump([ada, alan], () => Sees(ada, alan), "ada to see alan");

        Assert.Null(ada.Disconnected);
        Assert.False(alan.Latest!.Count > 0, "ada's impossible poses must not have made an avatar");
    }

    [Fact]
    public async Task A_packed_pose_intent_places_the_avatar_and_a_malformed_one_is_refused()
    {
        using var ada = await Joined("ada");
        using var alan = await Joined("alan");
        var alanId = alan.Expect<Welcome>("welcome").ClientId;
        var head = new Vector3(2.5f, 1.65f, -7.125f);
        var pose = new AvatarPose(head, Quaternion.Identity, head + new Vector3(-0.3f, -0.6f, 0), Quaternion.Identity, head + new Vector3(0.3f, -0.6f, 0), Quaternion.Identity);
        var packed = PackedAvatarPose.TryPack(pose, AvatarDeltaCodec.Default)!;

        // The malformed one goes reliably (a sequenced message may be dropped in favour of a newer one); in
        // whichever order the two arrive, it is refused: malformed, or older than the pose applied.
        alan.Send(Intent(1, [.. packed, 0x01]));
        alan.Send(Intent(2, packed), DeliveryMethod.Sequenced, Channels.Poses);
        Pump([ada, alan], () => Sees(ada, alan), "ada to see alan");
        await WaitForInvalidMessages(1);

        Assert.True(ada.Latest!.TryGetPose(alanId, out var seen));
        Assert.Equal(pose.Quantize(PositionQuantizer.Default), seen);
    }

    private async Task WaitForInvalidMessages(int expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        string metrics;
        do
        {
            metrics = await _server.Http.GetStringAsync("/metrics");
            if (metrics.Contains($"metaverse_invalid_messages_total {expected}\n", StringComparison.Ordinal))
            {
                return;
            }

            await Task.Delay(20);
        }
        while (DateTime.UtcNow < deadline);
        Assert.Fail($"expected {expected} invalid message(s); metrics say: {metrics.Split('\n').FirstOrDefault(l => l.StartsWith("metaverse_invalid_messages_total", StringComparison.Ordinal))}");
    }

    private static AvatarPoseIntent Intent(uint sequence, byte[] packed) => new() { Sequence = sequence, PackedPose = packed };

    [Fact]
    public async Task A_hello_of_another_session_protocol_version_is_refused_naming_both_versions()
    {
        using var client = await ProtocolClient.LoginAndConnect(_server.Http, _server.Udp, "old");

        client.Send(new Hello { ProtocolVersion = 99, ClientName = "old" });
        client.PumpUntil(() => client.Disconnected is not null, "the disconnect");

        Assert.Equal($"session protocol version 99 is not supported; this server speaks version {SessionHost.ProtocolVersion}", client.Disconnected!.Value.Message);
    }

    private static bool Sees(ProtocolClient viewer, ProtocolClient other)
    {
        var otherId = other.Received.OfType<Welcome>().FirstOrDefault(w => w is not null)?.ClientId;
        return otherId is not null && viewer.Latest?.TryGetPose(otherId.Value, out _) == true;
    }

    private static void Pump(ProtocolClient[] clients, Func<bool> condition, string what, double untilSeconds = 10)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!condition() && clock.Elapsed.TotalSeconds < untilSeconds)
        {
            foreach (var client in clients)
            {
                client.Pump();
            }

            Thread.Sleep(1);
        }

        Assert.True(untilSeconds < 1 || condition(), $"timed out waiting for {what}");
    }

    private Task<ProtocolClient> Joined(string name) => ProtocolClient.Joined(_server.Http, _server.Udp, name);
}
