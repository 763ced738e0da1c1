using System.Diagnostics;
using System.Net;
using System.Numerics;
using Metaverse.Server.Sessions;
using Metaverse.Shared.Messages;
using Metaverse.Shared.Net;
using Metaverse.Shared.Net.Security;
using Metaverse.Shared.Replication;

namespace Metaverse.Server.Tests.Sessions;

/// <summary>A bare session-protocol client for server tests: real login over HTTP, real UDP, decodes snapshots as a client must.</summary>
internal sealed class ProtocolClient : INetEventListener, IDisposable, IAvatarSnapshotHistory
{
    private readonly NetHost _host;
    private readonly Dictionary<uint, AvatarSnapshot> _decoded = [];
    private uint _poseSequence;

    private ProtocolClient() => _host = NetHost.Start(new NetConfig(), this, new IPEndPoint(IPAddress.Loopback, 0));

    public NetPeer? Server { get; private set; }

    public DisconnectInfo? Disconnected { get; private set; }

    public List<ISessionMessage> Received { get; } = [];

    public AvatarSnapshot? Latest { get; private set; }

    /// <summary>The first decoded snapshot tick that holds the avatar, or null.</summary>
    public uint? FirstTickWith(uint entityId) =>
        _decoded.Values.Where(s => s.TryGetPose(entityId, out _)).Select(s => (uint?)s.Tick).Min();

    public static async Task<ProtocolClient> LoginAndConnect(HttpClient http, IPEndPoint udp, string name, string role = "operator") =>
        Connect(udp, await TestLogin.CredentialsAsync(http, name, role));

    /// <summary>Connects with credentials from a login already made.</summary>
    public static ProtocolClient Connect(IPEndPoint udp, ConnectCredentials credentials)
    {
        var client = new ProtocolClient();
        client._host.Connect(udp, credentials.Token.Span, credentials.Keys);
        client.PumpUntil(() => client.Server is not null, "connect");
        return client;
    }

    /// <summary>Logs in, connects, says hello and joins the default room.</summary>
    public static async Task<ProtocolClient> Joined(HttpClient http, IPEndPoint udp, string name, string role = "operator")
    {
        var client = await LoginAndConnect(http, udp, name, role);
        client.Send(new Hello { ProtocolVersion = SessionHost.ProtocolVersion, ClientName = name });
        client.Expect<Welcome>("welcome");
        client.Send(new JoinRoom { RoomId = "default" });
        client.Expect<RoomJoined>("room joined");
        return client;
    }

    /// <summary>Queues and flushes at once, so the message leaves even while the test pumps only another client.</summary>
    public void Send(ISessionMessage message, DeliveryMethod method = DeliveryMethod.ReliableOrdered, byte channel = Channels.Control)
    {
        Server!.Send(SessionCodec.Serialize(message), method, channel);
        _host.Flush();
    }

    public void SendRaw(byte[] bytes)
    {
        Server!.Send(bytes, DeliveryMethod.ReliableOrdered, Channels.Control);
        _host.Flush();
    }

    public void SendPose(Vector3 head) => Send(
        new AvatarPoseIntent { Sequence = ++_poseSequence, Head = Part(head), LeftHand = Part(head + new Vector3(-0.3f, -0.4f, 0)), RightHand = Part(head + new Vector3(0.3f, -0.4f, 0)) },
        DeliveryMethod.Sequenced,
        Channels.Poses);

    /// <summary>The first received message of type <typeparamref name="T"/>, pumping until one arrives.</summary>
    public T Expect<T>(string what, double seconds = 10)
        where T : class, ISessionMessage => Expect(m => m as T, what, seconds);

    public T Expect<T>(Func<ISessionMessage, T?> pick, string what, double seconds = 10)
        where T : class
    {
        T? found = null;
        PumpUntil(() => (found = Received.Select(pick).FirstOrDefault(x => x is not null)) is not null, what, seconds);
        return found!;
    }

    public void PumpUntil(Func<bool> condition, string what, double seconds = 10)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed.TotalSeconds > seconds)
            {
                throw new TimeoutException($"waited {seconds} s for {what}");
            }

            _host.Poll(TimeSpan.FromMilliseconds(1));
        }
    }

    public void Pump() => _host.Poll();

    public void OnConnectionRequest(ConnectionRequest request)
    {
    }

    public void OnPeerConnected(NetPeer peer) => Server = peer;

    public void OnPeerDisconnected(NetPeer peer, DisconnectInfo info) => Disconnected = info;

    public void OnMessage(NetPeer peer, ReadOnlySpan<byte> message, DeliveryMethod method, byte channel)
    {
        var received = SessionCodec.Deserialize(message) ?? throw new InvalidDataException("the server sent a malformed session message");
        Received.Add(received);
        if (received is Snapshot snapshot)
        {
            Decode(snapshot);
        }
    }

    public void Dispose() => _host.Dispose();

    public bool TryGet(uint tick, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out AvatarSnapshot? snapshot) => _decoded.TryGetValue(tick, out snapshot);

    private static TrackedPose Part(Vector3 p) => new() { Position = new Vec3 { X = p.X, Y = p.Y, Z = p.Z }, Rotation = new Quat { W = 1 }, Tracked = true };

    private void Decode(Snapshot snapshot)
    {
        _decoded.TryGetValue(snapshot.BaselineTick, out var baseline);
        if ((snapshot.BaselineTick != 0 && baseline is null) || (Latest is not null && snapshot.Tick <= Latest.Tick))
        {
            return;
        }

        if (!AvatarSnapshotCodec.Default.TryDecode(snapshot.Avatars.Span, snapshot.Tick, baseline, this, out var decoded))
        {
            throw new InvalidOperationException($"snapshot {snapshot.Tick} did not decode");
        }

        _decoded[snapshot.Tick] = decoded;
        Latest = decoded;
        Send(new SnapshotAck { Tick = snapshot.Tick }, DeliveryMethod.Sequenced, Channels.Snapshots);
    }
}
