using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using LiteNetLib;
using LiteNetLib.Layers;
using Metaverse.Shared.Net.Security;
using Metaverse.Shared.Net.Simulation;

namespace Metaverse.Shared.Net;

/// <summary>
/// One UDP socket and all its connections, a server (<see cref="NetConfig.AcceptIncoming"/>) or a client: LiteNetLib's
/// manager in manual mode (no thread of its own), every datagram sealed by a <see cref="SealingLayer"/>. Single-threaded:
/// the owner calls <see cref="Poll"/> in its loop and every event is raised inside it (or inside <see cref="Receive"/>,
/// a peer's disconnect, or <see cref="Dispose"/>). What this façade adds to LiteNetLib: an idle wait in the poll, the
/// <see cref="INetEventListener.OnPollDelivered"/> hook, a receive-only read, admission limits and session keys per connection.
/// </summary>
public sealed class NetHost : IDisposable
{
    private readonly ManualNetManager _manager;
    private readonly INetEventListener _listener;
    private readonly SimulationLayer? _simulation;
    private readonly List<NetPeer> _peers = [];
    private long _lastUpdate = Stopwatch.GetTimestamp();
    private int _nextPeerId;
    private object? _acceptingTag;
    private bool _shuttingDown;
    private bool _disposed;

    private NetHost(NetConfig config, INetEventListener listener, IPEndPoint bindTo, NetworkConditions? conditions)
    {
        config.EnsureValid();
        Config = config;
        _listener = listener;
        Sealing = new SealingLayer(config.AcceptIncoming);
        PacketLayerBase? layer = config.Seal ? Sealing : null;
        if (conditions is not null)
        {
            _simulation = new SimulationLayer(layer, conditions);
            layer = _simulation;
        }

        var mtu = NetConfig.MaxDatagramBytes - (layer?.ExtraPacketSizeForLayer ?? 0);
        _manager = new ManualNetManager(new LiteNetListener(this), layer)
        {
            ChannelsCount = (byte)config.ChannelCount,
            DisconnectTimeout = (int)config.DisconnectTimeout.TotalMilliseconds,
            PingInterval = (int)config.KeepAliveInterval.TotalMilliseconds,
            ReconnectDelay = (int)config.ConnectRetryInterval.TotalMilliseconds,
            MaxConnectAttempts = (int)Math.Ceiling(config.ConnectTimeout / config.ConnectRetryInterval),
            MtuOverride = mtu,
            MaxFragmentsCount = (ushort)Math.Min(ushort.MaxValue, (config.MaxMessageBytes + mtu - 11) / (mtu - 10)),
            MaxPacketPerManualReceive = config.MaxDatagramsPerPoll,
            AutoRecycle = true,
            EnableStatistics = true,
            IPv6Enabled = false,
        };
        if (bindTo.AddressFamily != AddressFamily.InterNetwork)
        {
            throw new ArgumentException($"bind address {bindTo.Address} is not IPv4: the transport listens on IPv4 only", nameof(bindTo));
        }

        if (!_manager.StartInManualMode(bindTo.Address, IPAddress.IPv6Any, bindTo.Port))
        {
            throw new SocketException((int)SocketError.AddressAlreadyInUse, $"cannot bind UDP {bindTo}");
        }

        LocalEndPoint = new IPEndPoint(bindTo.Address, _manager.LocalPort);
    }

    public NetConfig Config { get; }

    public IPEndPoint LocalEndPoint { get; }

    /// <summary>Every datagram in and out of the socket (seals included).</summary>
    public NetStatistics Statistics => NetStatistics.From(_manager.Statistics);

    /// <summary>The sealing layer: sessions held and datagrams dropped by reason.</summary>
    public SealingLayer Sealing { get; }

    /// <summary>What the network simulator did, when the host runs behind one.</summary>
    public SimulatorStatistics? Simulator => _simulation?.Statistics;

    /// <summary>Connections that are connecting or connected.</summary>
    public IReadOnlyList<NetPeer> Peers => _peers;

    public int ConnectedCount => _manager.ConnectedPeersCount;

    /// <summary>Binds an IPv4 UDP socket (port 0: any free one), behind the network simulator when <paramref name="conditions"/> is given.</summary>
    public static NetHost Start(NetConfig config, INetEventListener listener, IPEndPoint bindTo, NetworkConditions? conditions = null) =>
        new(config, listener, bindTo, conditions);

    /// <summary>Datagrams the sealing layer discarded for this reason since the host started.</summary>
    public long DroppedDatagrams(DropReason reason) => Sealing.Dropped(reason);

    /// <summary>
    /// Waits up to <paramref name="maxWait"/> for traffic, handles what arrived (at most <see cref="NetConfig.MaxDatagramsPerPoll"/>
    /// datagrams), tells the listener (<see cref="INetEventListener.OnPollDelivered"/>), then, when <see cref="NetConfig.UpdateInterval"/>
    /// has passed since the last time, runs timers and sends what is queued. Returns the number of datagrams received.
    /// </summary>
    public int Poll(TimeSpan maxWait = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (maxWait > TimeSpan.Zero)
        {
            Wait(maxWait);
        }

        var handled = Receive();
        Update();
        return handled;
    }

    /// <summary>
    /// The receiving half of <see cref="Poll"/>: handles what arrived and tells the listener, without waiting, timers or
    /// sending (what it queues leaves at the next <see cref="Poll"/> or <see cref="Flush"/>). Returns the datagrams received.
    /// </summary>
    public int Receive()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var before = _manager.Statistics.PacketsReceived;
        _manager.PollEvents();
        _listener.OnPollDelivered();
        return (int)(_manager.Statistics.PacketsReceived - before);
    }

    /// <summary>Sends what is queued on every connection now (LiteNetLib's update with no time elapsed: timers stay where they are).</summary>
    public void Flush()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _manager.ManualUpdate(0);
        ReleaseHeld();
    }

    /// <summary>Starts connecting with the connect token <paramref name="token"/> and the session's <paramref name="keys"/>; OnPeerConnected or OnPeerDisconnected follows in a later poll.</summary>
    public NetPeer Connect(IPEndPoint remote, ReadOnlySpan<byte> token, SessionKeys keys)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_peers.Any(p => EndPointComparer.Instance.Equals(p.RemoteEndPoint, remote)))
        {
            throw new InvalidOperationException($"Already connected or connecting to {remote}.");
        }

        Sealing.Add(remote, keys);
        var inner = _manager.Connect(remote, token) as LiteNetLib.NetPeer
            ?? throw new InvalidOperationException($"cannot connect to {remote}");
        var peer = new NetPeer(this, inner, ++_nextPeerId, PeerState.Connecting);
        inner.Tag = peer;
        _peers.Add(peer);
        return peer;
    }

    /// <summary>Tells every remote the host shut down and closes the socket; OnPeerDisconnected (HostShutdown) for each connection.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _shuttingDown = true;
        _manager.DisconnectAll(DisconnectData.Encode(DisconnectReason.HostShutdown, "the host shut down"));
        _manager.ManualUpdate(0);
        ReleaseHeld();
        _simulation?.DiscardHeld();
        _manager.Stop(false);
        _disposed = true;
    }

    internal void Disconnect(NetPeer peer, string reason) => _manager.DisconnectPeer(peer.Inner, DisconnectData.Encode(DisconnectReason.RemoteDisconnect, reason));

    private void Update()
    {
        var now = Stopwatch.GetTimestamp();
        var since = Stopwatch.GetElapsedTime(_lastUpdate, now);
        if (since < Config.UpdateInterval)
        {
            ReleaseHeld();
            return;
        }

        var elapsed = (float)since.TotalMilliseconds;
        _lastUpdate = now;
        _manager.ManualUpdate(elapsed);
        ReleaseHeld();
    }

    private void Wait(TimeSpan maxWait)
    {
        ReleaseHeld();
        if (_simulation?.NextDueMicros is { } due)
        {
            var untilDue = TimeSpan.FromMicroseconds(Math.Max(0, due - MonotonicClock.NowMicroseconds));
            maxWait = untilDue < maxWait ? untilDue : maxWait;
        }

        if (_manager.Socket is { } socket && socket.Available == 0)
        {
            socket.Poll((int)Math.Max(1, maxWait.TotalMicroseconds), SelectMode.SelectRead);
        }

        ReleaseHeld();
    }

    private void ReleaseHeld()
    {
        if (_simulation is not null && _manager.Socket is { } socket)
        {
            _simulation.ReleaseDue(socket, MonotonicClock.NowMicroseconds);
        }
    }

    private void OnConnectionRequest(LiteNetLib.ConnectionRequest request)
    {
        var remote = request.RemoteEndPoint;
        var ours = new ConnectionRequest(remote, request.Data.GetRemainingBytesSpan().ToArray(), AdmissionRefusal(remote));
        if (Config.AcceptIncoming)
        {
            _listener.OnConnectionRequest(ours);
        }

        if (ours.Accepted && ours.LimitRefusal is { } refusal)
        {
            ours.Reject(refusal, ours.Keys);
        }

        if (ours.Accepted)
        {
            Sealing.Add(remote, ours.Keys!);
            _acceptingTag = ours.Tag;
            request.Accept();
            _acceptingTag = null;
            return;
        }

        if (ours.Keys is { } keys && ours.RejectReason is { } reason)
        {
            Sealing.Add(remote, keys);
            request.RejectForce(DisconnectData.Encode(DisconnectReason.ConnectionRejected, reason));
            Sealing.Remove(remote);
            return;
        }

        request.RejectForce();
    }

    private string? AdmissionRefusal(IPEndPoint remote)
    {
        if (Sealing.SessionCount >= Config.MaxConnections)
        {
            return $"server full ({Config.MaxConnections} sessions)";
        }

        var fromAddress = Sealing.SessionsFrom(remote.Address);
        return fromAddress >= Config.MaxSessionsPerAddress
            ? $"too many sessions from {remote.Address} (at most {Config.MaxSessionsPerAddress})"
            : null;
    }

    private NetPeer Wrap(LiteNetLib.NetPeer inner)
    {
        if (inner.Tag is NetPeer existing)
        {
            return existing;
        }

        var peer = new NetPeer(this, inner, ++_nextPeerId, PeerState.Connecting) { Tag = _acceptingTag };
        inner.Tag = peer;
        _peers.Add(peer);
        return peer;
    }

    private void OnPeerConnected(LiteNetLib.NetPeer inner)
    {
        var peer = Wrap(inner);
        peer.State = PeerState.Connected;
        _listener.OnPeerConnected(peer);
    }

    private void OnPeerDisconnected(LiteNetLib.NetPeer inner, LiteNetLib.DisconnectInfo info)
    {
        if (inner.Tag is not NetPeer peer || peer.State == PeerState.Disconnected)
        {
            return;
        }

        peer.State = PeerState.Disconnected;
        _peers.Remove(peer);
        Sealing.Remove(peer.RemoteEndPoint);
        var reason = _shuttingDown ? DisconnectReason.HostShutdown : Map(info.Reason);
        var sent = info.AdditionalData is { AvailableBytes: > 0 } data ? DisconnectData.Decode(data.GetRemainingBytesSpan()) : null;
        if (sent is { } remote && reason is DisconnectReason.RemoteDisconnect or DisconnectReason.ConnectionRejected)
        {
            _listener.OnPeerDisconnected(peer, new DisconnectInfo(reason == DisconnectReason.ConnectionRejected ? reason : remote.Reason, remote.Message));
            return;
        }

        _listener.OnPeerDisconnected(peer, new DisconnectInfo(reason, Describe(reason, info)));
    }

    private static DisconnectReason Map(LiteNetLib.DisconnectReason reason) => reason switch
    {
        LiteNetLib.DisconnectReason.Timeout => DisconnectReason.Timeout,
        LiteNetLib.DisconnectReason.RemoteConnectionClose => DisconnectReason.RemoteDisconnect,
        LiteNetLib.DisconnectReason.DisconnectPeerCalled => DisconnectReason.LocalDisconnect,
        LiteNetLib.DisconnectReason.ConnectionRejected => DisconnectReason.ConnectionRejected,
        LiteNetLib.DisconnectReason.Reconnect => DisconnectReason.Reconnected,
        LiteNetLib.DisconnectReason.InvalidProtocol => DisconnectReason.ProtocolViolation,
        _ => DisconnectReason.ConnectionFailed,
    };

    private static string Describe(DisconnectReason reason, LiteNetLib.DisconnectInfo info) => reason switch
    {
        DisconnectReason.Timeout => "nothing received for the disconnect timeout",
        DisconnectReason.ConnectionFailed when info.SocketErrorCode != SocketError.Success => $"network error {info.SocketErrorCode}",
        DisconnectReason.ConnectionFailed => "no answer to the connect request",
        DisconnectReason.ProtocolViolation => "the remote speaks another LiteNetLib protocol",
        _ => info.Reason.ToString(),
    };

    /// <summary>Forwards LiteNetLib's events (raised inside the manager's calls, manual mode) to the host.</summary>
    private sealed class LiteNetListener(NetHost host) : LiteNetLib.INetEventListener
    {
        public void OnConnectionRequest(LiteNetLib.ConnectionRequest request) => host.OnConnectionRequest(request);

        public void OnPeerConnected(LiteNetLib.NetPeer peer) => host.OnPeerConnected(peer);

        public void OnPeerDisconnected(LiteNetLib.NetPeer peer, LiteNetLib.DisconnectInfo disconnectInfo) => host.OnPeerDisconnected(peer, disconnectInfo);

        public void OnNetworkReceive(LiteNetLib.NetPeer peer, NetPacketReader reader, byte channelNumber, LiteNetLib.DeliveryMethod deliveryMethod)
        {
            if (peer.Tag is NetPeer ours && ours.State == PeerState.Connected)
            {
                host._listener.OnMessage(ours, reader.GetRemainingBytesSpan(), (DeliveryMethod)deliveryMethod, channelNumber);
            }
        }

        public void OnNetworkError(IPEndPoint endPoint, SocketError socketError)
        {
        }

        public void OnNetworkReceiveUnconnected(IPEndPoint remoteEndPoint, NetPacketReader reader, UnconnectedMessageType messageType)
        {
        }

        public void OnNetworkLatencyUpdate(LiteNetLib.NetPeer peer, int latency)
        {
        }

        public void OnMessageDelivered(LiteNetLib.NetPeer peer, object userData)
        {
        }

        public void OnNtpResponse(LiteNetLib.Utils.NtpPacket packet)
        {
        }

        public void OnPeerAddressChanged(LiteNetLib.NetPeer peer, IPEndPoint previousAddress)
        {
        }
    }
}
