using System.Net;
using Metaverse.Shared.Net.Reliability;
using Metaverse.Shared.Net.Wire;

namespace Metaverse.Shared.Net;

/// <summary>
/// One connection of a <see cref="NetHost"/>. Not thread-safe: call it only from the thread that polls
/// its host. Lifecycle: Connecting (client side) → Connected → Disconnected, which is final.
/// </summary>
public sealed partial class NetPeer : ISentPacketListener, IMessageSink
{
    private readonly NetHost _host;
    private readonly NetConfig _config;
    private readonly RttEstimator _rtt;
    private readonly SentPacketLog _sentLog;
    private readonly CongestionController _congestion;
    private readonly ReceivedPacketWindow _received = new();
    private readonly ReceiveBudget _receiveBudget;

    internal NetPeer(NetHost host, int id, SocketAddress address, IPEndPoint remote, ulong salt, PeerState state, long nowMicros)
    {
        _host = host;
        _config = host.Config;
        Id = id;
        Address = address;
        RemoteEndPoint = remote;
        Salt = salt;
        State = state;
        _rtt = new RttEstimator(MonotonicClock.ToMicroseconds(_config.MinRetransmitTimeout), MonotonicClock.ToMicroseconds(_config.MaxRetransmitTimeout));
        _sentLog = new SentPacketLog(_rtt);
        _congestion = new CongestionController(_config.InitialCongestionWindowBytes, 2 * Protocol.MaxDatagramBytes, _config.MaxCongestionWindowBytes, Protocol.MaxDatagramBytes, _config.CongestionLossTolerance);
        _receiveBudget = new ReceiveBudget(_config.MaxReceiveBufferBytes);
        _createdMicros = nowMicros;
        _lastReceiveMicros = nowMicros;
    }

    /// <summary>Number of this connection within its host, unique for the host's lifetime.</summary>
    public int Id { get; }

    public IPEndPoint RemoteEndPoint { get; }

    public PeerState State { get; private set; }

    /// <summary>Free for the application (for example its session object).</summary>
    public object? Tag { get; set; }

    public NetStatistics Statistics { get; } = new();

    /// <summary>Smoothed round-trip time (includes the remote's time to its next poll).</summary>
    public TimeSpan Rtt => TimeSpan.FromMicroseconds(_rtt.SmoothedMicros);

    /// <summary>Mean deviation of the RTT (RFC 6298 RTTVAR).</summary>
    public TimeSpan RttVariance => TimeSpan.FromMicroseconds(_rtt.VarianceMicros);

    /// <summary>Smoothed difference between consecutive RTT samples (RFC 3550 style).</summary>
    public TimeSpan Jitter => TimeSpan.FromMicroseconds(_rtt.JitterMicros);

    public TimeSpan RetransmitTimeout => TimeSpan.FromMicroseconds(_rtt.RetransmitTimeoutMicros);

    public int CongestionWindowBytes => _congestion.WindowBytes;

    public int BytesInFlight => _congestion.BytesInFlight;

    /// <summary>Losses that cut the congestion window (at most one per round trip).</summary>
    public long CongestionEvents => _congestion.CongestionEvents;

    /// <summary>Exponentially smoothed fraction of packets lost (about the last 128 packets), 0–1.</summary>
    public double SmoothedLossRate => _congestion.SmoothedLossRate;

    /// <summary>Bytes queued and not yet sent once.</summary>
    public long QueuedBytes => PendingReliableBytes() + _outboxLength;

    /// <summary>Bytes currently held for reordering and reassembly of the remote's messages.</summary>
    public long ReceiveBufferedBytes => _receiveBudget.UsedBytes;

    internal SocketAddress Address { get; }

    internal ulong Salt { get; }

    internal uint ConnectionId { get; private set; }

    /// <summary>What the remote can take, announced in the handshake.</summary>
    internal ConnectionLimits RemoteLimits { get; private set; }

    /// <summary>Largest message <see cref="Send"/> accepts for this method on this connection.</summary>
    public int MaxMessageBytes(DeliveryMethod method)
    {
        return method is DeliveryMethod.ReliableOrdered or DeliveryMethod.ReliableUnordered
            ? Math.Min(_config.MaxMessageBytes, RemoteLimits.MaxMessageBytes)
            : Protocol.MaxUnfragmentedPayload;
    }

    /// <summary>Queues a message; it is copied, so the caller may reuse its buffer at once.</summary>
    public SendResult Send(ReadOnlySpan<byte> message, DeliveryMethod method, byte channel = 0)
    {
        if (State != PeerState.Connected)
        {
            return SendResult.NotConnected;
        }

        if (channel >= Math.Min(_config.ChannelCount, RemoteLimits.ChannelCount) || method > DeliveryMethod.ReliableSequenced)
        {
            return SendResult.InvalidChannel;
        }

        if (message.Length > MaxMessageBytes(method))
        {
            return SendResult.TooLarge;
        }

        if (QueuedBytes + message.Length > _config.MaxSendQueueBytes)
        {
            return SendResult.QueueFull;
        }

        if (method >= DeliveryMethod.ReliableUnordered)
        {
            EnqueueReliable(message, method, channel);
        }
        else
        {
            EnqueueUnreliable(message, method, channel);
        }

        return SendResult.Queued;
    }

    /// <summary>
    /// Sends what is queued on this connection now, instead of at the host's next <see cref="NetHost.Poll"/> or
    /// <see cref="NetHost.Flush"/>: for a message that should leave before the rest of the host's work is done.
    /// On the host's thread only, like every other call.
    /// </summary>
    public void Flush()
    {
        if (State == PeerState.Connected)
        {
            Flush(MonotonicClock.NowMicroseconds);
        }
    }

    /// <summary>Sends what is queued, tells the remote, and ends the connection (raising OnPeerDisconnected).</summary>
    public void Disconnect(string reason = "closed by the application")
    {
        Flush();
        Close(DisconnectReason.LocalDisconnect, reason, notifyRemote: true);
    }

    public override string ToString() => $"peer {Id} {RemoteEndPoint} {State}";

    internal void OnAccepted(uint connectionId, ConnectionLimits remoteLimits, long nowMicros)
    {
        ConnectionId = connectionId;
        RemoteLimits = remoteLimits;
        State = PeerState.Connected;
        _lastReceiveMicros = nowMicros;
    }

    /// <summary>Timers of one poll: connect retries, timeouts, loss detection, then sending.</summary>
    internal void Update(long nowMicros)
    {
        if (State == PeerState.Connecting)
        {
            UpdateConnecting(nowMicros);
        }
        else if (State == PeerState.Connected)
        {
            if (nowMicros - _lastReceiveMicros >= MonotonicClock.ToMicroseconds(_config.DisconnectTimeout))
            {
                Close(DisconnectReason.Timeout, $"nothing received for {_config.DisconnectTimeout.TotalSeconds:0.###} s", notifyRemote: false);
                return;
            }

            _sentLog.DetectLosses(nowMicros, this);
            Flush(nowMicros);
        }
    }

    /// <summary>Ends the connection once: releases its buffers and raises OnPeerDisconnected.</summary>
    internal void Close(DisconnectReason reason, string message, bool notifyRemote)
    {
        if (State == PeerState.Disconnected)
        {
            return;
        }

        if (notifyRemote && State == PeerState.Connected)
        {
            SendDisconnect(reason, message);
        }

        var wasConnected = State == PeerState.Connected;
        State = PeerState.Disconnected;
        ReleaseStreams();
        _sentLog.Clear(_congestion);
        _host.OnPeerClosed(this, new DisconnectInfo(reason, message), wasConnected);
    }
}
