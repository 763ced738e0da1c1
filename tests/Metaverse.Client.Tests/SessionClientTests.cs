using System.Diagnostics;
using System.Net;
using System.Numerics;
using Metaverse.Shared.Messages;
using Metaverse.Shared.Net;
using Metaverse.Shared.Net.Security;
using Metaverse.Shared.Replication;

namespace Metaverse.Client.Tests;

/// <summary>The client's side of the session flow against a scripted stand-in server on loopback (not the real server).</summary>
public class SessionClientTests
{
    private const uint ClientId = 5;
    private const uint OtherId = 9;
    private const uint JoinTick = 100;

    [Fact]
    public void Runs_the_flow_decodes_snapshots_acks_them_and_tracks_chat()
    {
        using var server = new ScriptedServer();
        using var client = new SessionClient("ann", server.Host.LocalEndPoint, new ConnectCredentials(new byte[] { 1, 2, 3 }, server.Keys));
        Pump(server, client, () => client.State == SessionState.Joined);

        Assert.Equal([1, 2, 3], server.ConnectData);
        var hello = Assert.IsType<Hello>(Assert.Single(server.Received, r => r.Message is Hello).Message);
        Assert.Equal(SessionProtocol.Version, hello.ProtocolVersion);
        Assert.Equal("ann", hello.ClientName);
        Assert.Equal(ClientId, client.ClientId);
        Assert.Equal("default", client.RoomId);
        Assert.Equal(30u, client.TickRateHz);

        Assert.True(client.SendPose(new BotPath(1).PoseAt(0)));
        Pump(server, client, () => server.Received.Any(r => r.Message is AvatarPoseIntent));
        var pose = server.Received.Single(r => r.Message is AvatarPoseIntent);
        Assert.Equal((DeliveryMethod.Sequenced, (byte)1), (pose.Method, pose.Channel));
        Assert.Equal(1u, Assert.IsType<AvatarPoseIntent>(pose.Message).Sequence);

        var codec = AvatarSnapshotCodec.Default;
        var s1 = Avatars(JoinTick + 1, 1f);
        var s2 = Avatars(JoinTick + 2, 1.1f);
        server.Send(Snapshot(JoinTick + 1, 0, codec.Encode(s1)), DeliveryMethod.Unreliable, 2);
        Pump(server, client, () => server.Received.Any(r => r.Message is SnapshotAck { Tick: var tick } && tick == JoinTick + 1));
        var ack = server.Received.Single(r => r.Message is SnapshotAck);
        Assert.Equal((DeliveryMethod.Sequenced, (byte)2), (ack.Method, ack.Channel));

        // A large snapshot comes reliably on channel 0; it decodes the same way.
        server.Send(Snapshot(JoinTick + 2, JoinTick + 1, codec.Encode(s2, s1)), DeliveryMethod.ReliableOrdered, 0);
        Pump(server, client, () => client.SnapshotsDecoded == 2);
        Assert.True(client.Snapshots.TryGet(JoinTick + 2, out var decoded));
        Assert.True(decoded.TryGetPose(OtherId, out var quantized));
        Assert.Equal(1.1f, quantized.Dequantize(PositionQuantizer.Default).HeadPosition.X, 0.002f);

        // A baseline the client never held: skipped, not acknowledged.
        server.Send(Snapshot(JoinTick + 3, JoinTick - 50, codec.Encode(s2, s1)), DeliveryMethod.Unreliable, 2);
        Pump(server, client, () => client.SnapshotsMissingBaseline == 1);
        Assert.DoesNotContain(server.Received, r => r.Message is SnapshotAck { Tick: var tick } && tick == JoinTick + 3);

        Assert.Equal([OtherId], client.AvatarsSeen);
        Assert.NotEqual(SnapshotInterpolationMode.None, client.SampleAvatars(out var avatars));
        Assert.Contains(OtherId, avatars.Keys);

        server.Send(new ChatBatch { Messages = { new ChatMessage { FromClientId = OtherId, FromName = "bob", Text = "bob #2" } } }, DeliveryMethod.ReliableOrdered, 0);
        server.Send(new ChatBatch { Messages = { new ChatMessage { FromClientId = ClientId, FromName = "ann", Text = "ann #0" }, new ChatMessage { FromClientId = OtherId, FromName = "bob", Text = "bob #1" } } }, DeliveryMethod.ReliableOrdered, 0);
        Pump(server, client, () => client.Chat.Received == 2);
        Assert.Equal(1, client.Chat.OutOfOrder);
        Assert.Equal(0, client.Chat.MissingFrom(OtherId, 2));

        Assert.Equal(SendResult.Queued, client.SendChat("ann #1"));
        Pump(server, client, () => server.Received.Any(r => r.Message is ChatMessage));
        var chat = server.Received.Single(r => r.Message is ChatMessage);
        Assert.Equal((DeliveryMethod.ReliableOrdered, (byte)0, "ann #1"), (chat.Method, chat.Channel, Assert.IsType<ChatMessage>(chat.Message).Text));

        var stats = client.GetStats();
        Assert.Equal(1, stats.AvatarsSeen);
        Assert.Equal(1, stats.ChatSent);
        Assert.True(stats.BytesInPerSecond > 0);
    }

    [Fact]
    public void Of_snapshots_arriving_in_one_poll_only_the_newest_is_decoded_and_acknowledged()
    {
        using var server = new ScriptedServer();
        using var client = new SessionClient("ann", server.Host.LocalEndPoint, new ConnectCredentials(new byte[] { 1 }, server.Keys));
        Pump(server, client, () => client.State == SessionState.Joined);
        var codec = AvatarSnapshotCodec.Default;
        var (s1, s2, s3) = (Avatars(JoinTick + 1, 1f), Avatars(JoinTick + 2, 1.1f), Avatars(JoinTick + 3, 1.2f));
        server.Send(Snapshot(JoinTick + 1, 0, codec.Encode(s1)), DeliveryMethod.Unreliable, 2);
        Pump(server, client, () => client.SnapshotsDecoded == 1);

        // Both wait on the client's socket (loopback delivers during the send) before it polls once.
        server.Send(Snapshot(JoinTick + 3, JoinTick + 1, codec.Encode(s3, s1)), DeliveryMethod.Unreliable, 2);
        server.Send(Snapshot(JoinTick + 2, JoinTick + 1, codec.Encode(s2, s1)), DeliveryMethod.Unreliable, 2);
        server.Host.Flush();
        client.Poll(TimeSpan.FromSeconds(1));

        Assert.Equal((3L, 2L, 1L), (client.SnapshotsReceived, client.SnapshotsDecoded, client.SnapshotsSuperseded));
        Assert.Equal(JoinTick + 3, client.LatestSnapshot?.Tick);
        Assert.False(client.Snapshots.Contains(JoinTick + 2));
        Pump(server, client, () => server.Received.Any(r => r.Message is SnapshotAck { Tick: var tick } && tick == JoinTick + 3));
        Assert.DoesNotContain(server.Received, r => r.Message is SnapshotAck { Tick: var tick } && tick == JoinTick + 2);
    }

    [Fact]
    public void A_rejected_connection_is_a_failure_naming_the_reason()
    {
        using var server = new ScriptedServer { RejectWith = "bad token" };
        using var client = new SessionClient("ann", server.Host.LocalEndPoint, new ConnectCredentials(new byte[] { 9 }, server.Keys));
        Pump(server, client, () => client.State == SessionState.Disconnected);

        Assert.Contains("bad token", client.Failure, StringComparison.Ordinal);
    }

    private static AvatarSnapshot Avatars(uint tick, float x)
    {
        var pose = new BotPath(2).PoseAt(0) with { HeadPosition = new Vector3(x, 1.7f, 0) };
        return new AvatarSnapshot(tick, [new AvatarEntity(OtherId, pose.Quantize(PositionQuantizer.Default))]);
    }

    private static Snapshot Snapshot(uint tick, uint baseline, byte[] avatars) => new() { Tick = tick, BaselineTick = baseline, Avatars = avatars };

    private static void Pump(ScriptedServer server, SessionClient client, Func<bool> until)
    {
        var watch = Stopwatch.StartNew();
        while (!until())
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), "condition not reached within 5 s");
            server.Host.Poll(TimeSpan.FromMilliseconds(1));
            client.Poll(TimeSpan.FromMilliseconds(1));
        }
    }

    private sealed record Received(ISessionMessage Message, DeliveryMethod Method, byte Channel);

    /// <summary>Answers Hello with Welcome and JoinRoom with RoomJoined; records everything else.</summary>
    private sealed class ScriptedServer : INetEventListener, IDisposable
    {
        public ScriptedServer()
        {
            Host = NetHost.Start(new NetConfig { AcceptIncoming = true }, this, new IPEndPoint(IPAddress.Loopback, 0));
        }

        public NetHost Host { get; }

        public string? RejectWith { get; init; }

        /// <summary>The session keys this stand-in accepts every client with (a real server reads them out of the token).</summary>
        public SessionKeys Keys { get; } = SessionKeys.Random();

        public byte[]? ConnectData { get; private set; }

        public List<Received> Received { get; } = [];

        private NetPeer? Client { get; set; }

        public void Send(ISessionMessage message, DeliveryMethod method, byte channel) =>
            Assert.Equal(SendResult.Queued, Client!.Send(SessionCodec.Serialize(message), method, channel));

        public void OnConnectionRequest(ConnectionRequest request)
        {
            ConnectData = request.Data.ToArray();
            if (RejectWith is null)
            {
                request.Accept(Keys);
            }
            else
            {
                request.Reject(RejectWith, Keys);
            }
        }

        public void OnPeerConnected(NetPeer peer) => Client = peer;

        public void OnPeerDisconnected(NetPeer peer, DisconnectInfo info)
        {
        }

        public void OnMessage(NetPeer peer, ReadOnlySpan<byte> message, DeliveryMethod method, byte channel)
        {
            var received = SessionCodec.Deserialize(message) ?? throw new InvalidDataException("the client sent a malformed session message");
            Received.Add(new Received(received, method, channel));
            if (received is Hello)
            {
                Send(new Welcome { ProtocolVersion = SessionProtocol.Version, ClientId = ClientId, RoomId = "default", TickRateHz = 30, ServerTick = JoinTick }, DeliveryMethod.ReliableOrdered, 0);
            }
            else if (received is JoinRoom join)
            {
                Send(new RoomJoined { RoomId = join.RoomId, AvatarEntityId = ClientId, Tick = JoinTick, BoundsMinX = -256, BoundsMaxX = 256 }, DeliveryMethod.ReliableOrdered, 0);
            }
        }

        public void Dispose() => Host.Dispose();
    }
}
