using System.Net;
using System.Net.Sockets;
using System.Text;
using Metaverse.Shared.Net.Simulation;
using Metaverse.Shared.Net.Sockets;
using Metaverse.Shared.Net.Wire;

namespace Metaverse.Shared.Net;

/// <summary>
/// One UDP socket and all its connections: a server (with <see cref="NetConfig.AcceptIncoming"/>) or a
/// client. Single-threaded by design, like ENet's host: the owner calls <see cref="Poll"/> in its loop
/// and every event is raised inside that call. No thread per peer and none of its own.
/// </summary>
public sealed partial class NetHost : IDisposable
{
    private readonly IDatagramSocket _socket;
    private readonly Dictionary<SocketAddress, NetPeer> _peersByAddress = [];
    private readonly List<NetPeer> _peers = [];
    private readonly List<NetPeer> _closed = [];
    private readonly long[] _drops = new long[Enum.GetValues<DropReason>().Length];
    private readonly byte[] _receiveBuffer = new byte[64 * 1024];
    private readonly SocketAddress _receiveAddress;
    private readonly IPEndPoint _endPointFactory;
    private int _nextPeerId;
    private bool _disposed;

    /// <summary>Creates a host on an already bound socket (real or simulated); the host owns and disposes it.</summary>
    public NetHost(NetConfig config, INetEventListener listener, IDatagramSocket socket)
    {
        config.EnsureValid();
        Config = config;
        Listener = listener;
        _socket = socket;
        AppKeyBytes = Encoding.UTF8.GetBytes(config.AppKey);
        Limits = ConnectionLimits.From(config);
        var family = socket.LocalEndPoint.AddressFamily;
        _receiveAddress = new SocketAddress(family, SocketAddress.GetMaximumAddressSize(family));
        _endPointFactory = new IPEndPoint(family == AddressFamily.InterNetworkV6 ? IPAddress.IPv6Any : IPAddress.Any, 0);
    }

    public NetConfig Config { get; }

    public IPEndPoint LocalEndPoint => _socket.LocalEndPoint;

    /// <summary>Totals over every connection, plus handshake traffic.</summary>
    public NetStatistics Statistics { get; } = new();

    /// <summary>Connections that are connecting or connected.</summary>
    public IReadOnlyList<NetPeer> Peers => _peers;

    public int ConnectedCount { get; private set; }

    /// <summary>Mean smoothed RTT over connected peers (zero when none): the server-wide RTT figure.</summary>
    public TimeSpan MeanRtt
    {
        get
        {
            var connected = _peers.Where(p => p.State == PeerState.Connected).ToList();
            return connected.Count == 0 ? TimeSpan.Zero : TimeSpan.FromTicks((long)connected.Average(p => p.Rtt.Ticks));
        }
    }

    /// <summary>Datagrams the socket refused to send (counted as lost; the reliability layer resends what matters).</summary>
    public long SendFailures { get; private set; }

    /// <summary>Well-formed connect requests answered with a rejection (protocol checks or the application).</summary>
    public long RejectedConnectRequests { get; private set; }

    internal INetEventListener Listener { get; }

    internal byte[] SendBuffer { get; } = new byte[Protocol.MaxDatagramBytes];

    internal byte[] AppKeyBytes { get; }

    /// <summary>This host's limits, announced to every remote.</summary>
    internal ConnectionLimits Limits { get; }

    /// <summary>Message buffers of every connection of this host.</summary>
    internal BufferPool Buffers { get; } = new(64L * 1024 * 1024);

    /// <summary>Binds a real UDP socket, wrapped in the network simulator when <paramref name="conditions"/> is given.</summary>
    public static NetHost Start(NetConfig config, INetEventListener listener, IPEndPoint bindTo, NetworkConditions? conditions = null)
    {
        IDatagramSocket socket = new UdpDatagramSocket(bindTo);
        if (conditions is not null)
        {
            socket = new SimulatedDatagramSocket(socket, conditions);
        }

        return new NetHost(config, listener, socket);
    }

    /// <summary>Datagrams discarded for this reason since the host started.</summary>
    public long DroppedDatagrams(DropReason reason) => _drops[(int)reason];

    /// <summary>
    /// Waits up to <paramref name="maxWait"/> for traffic, handles every waiting datagram (at most
    /// <see cref="NetConfig.MaxDatagramsPerPoll"/>), tells the listener they are delivered
    /// (<see cref="INetEventListener.OnPollDelivered"/>), runs timers and sends what is queued. Returns the
    /// number of datagrams handled.
    /// </summary>
    public int Poll(TimeSpan maxWait = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (maxWait > TimeSpan.Zero)
        {
            _socket.WaitForData(maxWait);
        }

        var handled = Receive();
        var now = MonotonicClock.NowMicroseconds;
        for (var i = 0; i < _peers.Count; i++)
        {
            _peers[i].Update(now);
        }

        RemoveClosedPeers();
        return handled;
    }

    /// <summary>
    /// The receiving half of <see cref="Poll"/>: handles every waiting datagram (at most
    /// <see cref="NetConfig.MaxDatagramsPerPoll"/>) and tells the listener, without waiting, running timers or
    /// sending. For an owner that wants what arrived in the middle of other work; what it queues (acks included)
    /// leaves at the next <see cref="Poll"/> or <see cref="Flush"/>. Returns the number of datagrams handled.
    /// </summary>
    public int Receive()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var handled = ReceiveWaiting();
        Listener.OnPollDelivered();
        return handled;
    }

    /// <summary>Sends what is queued on every connection now, without waiting for the next poll.</summary>
    public void Flush()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var now = MonotonicClock.NowMicroseconds;
        for (var i = 0; i < _peers.Count; i++)
        {
            _peers[i].Flush(now);
        }
    }

    /// <summary>Starts connecting; OnPeerConnected or OnPeerDisconnected (failed, rejected) follows in a later poll.</summary>
    /// <param name="remote">The server's address.</param>
    /// <param name="connectData">Application data for the server's decision (for example a login token), at most 160 bytes.</param>
    public NetPeer Connect(IPEndPoint remote, ReadOnlySpan<byte> connectData = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(connectData.Length, Protocol.MaxConnectDataBytes, nameof(connectData));
        var address = remote.Serialize();
        if (_peersByAddress.TryGetValue(address, out var existing) && existing.State != PeerState.Disconnected)
        {
            throw new InvalidOperationException($"Already connected or connecting to {remote}.");
        }

        var peer = AddPeer(address, remote, NewSalt(), PeerState.Connecting, MonotonicClock.NowMicroseconds);
        peer.SetConnectData(connectData);
        peer.Update(MonotonicClock.NowMicroseconds);
        return peer;
    }

    /// <summary>Tells every remote and closes the socket. Raises OnPeerDisconnected (HostShutdown) for each connection.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        foreach (var peer in _peers.ToArray())
        {
            peer.Close(DisconnectReason.HostShutdown, "the host shut down", notifyRemote: true);
        }

        RemoveClosedPeers();
        _socket.Dispose();
        _disposed = true;
    }

    internal void SendDatagram(ReadOnlySpan<byte> datagram, SocketAddress to, NetStatistics peerStatistics, bool tracked)
    {
        if (!_socket.Send(datagram, to))
        {
            SendFailures++;
        }

        Statistics.AddSent(datagram.Length, tracked);
        peerStatistics.AddSent(datagram.Length, tracked);
    }

    internal void Drop(DropReason reason) => _drops[(int)reason]++;

    internal void OnPeerClosed(NetPeer peer, DisconnectInfo info, bool wasConnected)
    {
        _closed.Add(peer);
        ConnectedCount -= wasConnected ? 1 : 0;
        Listener.OnPeerDisconnected(peer, info);
    }

    internal void OnPeerConnected(NetPeer peer)
    {
        ConnectedCount++;
        Listener.OnPeerConnected(peer);
    }

    private NetPeer AddPeer(SocketAddress address, IPEndPoint remote, ulong salt, PeerState state, long nowMicros)
    {
        var peer = new NetPeer(this, ++_nextPeerId, address, remote, salt, state, nowMicros);
        _peersByAddress[address] = peer;
        _peers.Add(peer);
        return peer;
    }

    private void RemoveClosedPeers()
    {
        foreach (var peer in _closed)
        {
            _peers.Remove(peer);
            if (_peersByAddress.TryGetValue(peer.Address, out var current) && ReferenceEquals(current, peer))
            {
                _peersByAddress.Remove(peer.Address);
            }
        }

        _closed.Clear();
    }

    private static ulong NewSalt()
    {
        Span<byte> bytes = stackalloc byte[8];
        System.Security.Cryptography.RandomNumberGenerator.Fill(bytes);
        return BitConverter.ToUInt64(bytes);
    }
}
