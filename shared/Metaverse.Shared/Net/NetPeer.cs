using System.Net;

namespace Metaverse.Shared.Net;

/// <summary>
/// One connection of a <see cref="NetHost"/>: a thin handle on LiteNetLib's peer that checks a send before queuing it
/// (state, channel, size, queue bound) and reports the outcome instead of throwing. Use it on the polling thread only.
/// </summary>
public sealed class NetPeer
{
    private readonly NetHost _host;

    internal NetPeer(NetHost host, LiteNetLib.NetPeer peer, int id, PeerState state)
    {
        _host = host;
        Inner = peer;
        Id = id;
        State = state;
        RemoteEndPoint = new IPEndPoint(peer.Address, peer.Port);
    }

    /// <summary>Unique within the host for its lifetime (never reused).</summary>
    public int Id { get; }

    public IPEndPoint RemoteEndPoint { get; }

    public PeerState State { get; internal set; }

    /// <summary>Application state for this connection (the request's tag on a server).</summary>
    public object? Tag { get; set; }

    public NetStatistics Statistics => NetStatistics.From(Inner.Statistics);

    /// <summary>LiteNetLib's round-trip time (its pings, averaged over a few).</summary>
    public TimeSpan Rtt => TimeSpan.FromMilliseconds(Inner.RoundTripTime);

    internal LiteNetLib.NetPeer Inner { get; }

    /// <summary>Largest message <see cref="Send"/> accepts for <paramref name="method"/>: one datagram for the unfragmented methods.</summary>
    public int MaxMessageBytes(DeliveryMethod method) =>
        method is DeliveryMethod.ReliableOrdered or DeliveryMethod.ReliableUnordered
            ? _host.Config.MaxMessageBytes
            : Inner.GetMaxSinglePacketSize((LiteNetLib.DeliveryMethod)method);

    /// <summary>Queues a message (copied: the caller may reuse its buffer at once); it leaves at the next poll or flush.</summary>
    public SendResult Send(ReadOnlySpan<byte> message, DeliveryMethod method, byte channel = 0)
    {
        if (State != PeerState.Connected)
        {
            return SendResult.NotConnected;
        }

        if (channel >= _host.Config.ChannelCount || !Enum.IsDefined(method))
        {
            return SendResult.InvalidChannel;
        }

        if (message.Length > MaxMessageBytes(method))
        {
            return SendResult.TooLarge;
        }

        if (method is DeliveryMethod.ReliableOrdered or DeliveryMethod.ReliableUnordered
            && Inner.GetPacketsCountInReliableQueue(channel, method == DeliveryMethod.ReliableOrdered) >= _host.Config.MaxQueuedPacketsPerChannel)
        {
            return SendResult.QueueFull;
        }

        Inner.Send(message, channel, (LiteNetLib.DeliveryMethod)method);
        return SendResult.Queued;
    }

    /// <summary>Closes the connection; the reason (cut to 200 UTF-8 bytes) reaches the remote sealed. OnPeerDisconnected follows at once.</summary>
    public void Disconnect(string reason = "closed by the application")
    {
        if (State != PeerState.Disconnected)
        {
            _host.Disconnect(this, reason);
        }
    }

    public override string ToString() => $"peer {Id} {RemoteEndPoint} {State}";
}
