using System.Net;
using LiteNetLib.Layers;

namespace Metaverse.Shared.Net.Security;

/// <summary>
/// LiteNetLib packet layer that seals every datagram of a session with the session's keys and opens what arrives
/// before LiteNetLib parses it (docs/PROTOCOL.md, "Sealing"). The only unsealed datagram is the client's connect
/// request, which carries the connect token the server opens to learn the keys. Datagrams that do not open, replay
/// an opened counter, come from an address with no session, or are unsealed where a seal is due are dropped and
/// counted by <see cref="DropReason"/>; nothing is kept for a sender without a session. Runs on the polling thread.
/// </summary>
public sealed class SealingLayer : PacketLayerBase
{
    /// <summary>LiteNetLib's packet type of a connect request (low five bits of its first byte).</summary>
    private const byte ConnectRequestProperty = 6;
    private readonly bool _acceptsConnections;
    private readonly Dictionary<IPEndPoint, SealedSession> _sessions = new(EndPointComparer.Instance);
    private readonly Dictionary<IPAddress, int> _sessionsPerAddress = [];
    private readonly long[] _drops = new long[Enum.GetValues<DropReason>().Length];

    /// <param name="acceptsConnections">True on a server: it opens connect requests; a client never accepts an unsealed datagram.</param>
    public SealingLayer(bool acceptsConnections)
        : base(DatagramSeal.MaxOverhead)
    {
        _acceptsConnections = acceptsConnections;
    }

    /// <summary>Sessions held (pending or connected).</summary>
    public int SessionCount => _sessions.Count;

    /// <summary>Outgoing datagrams not sent because their destination has no session (nothing leaves unsealed but a connect request).</summary>
    public long SuppressedSends { get; private set; }

    /// <summary>Incoming datagrams dropped for <paramref name="reason"/> since the layer was made.</summary>
    public long Dropped(DropReason reason) => _drops[(int)reason];

    /// <summary>Sessions held for remotes at <paramref name="address"/> (any port).</summary>
    public int SessionsFrom(IPAddress address) => _sessionsPerAddress.GetValueOrDefault(address);

    /// <summary>Starts sealing traffic with <paramref name="remote"/>; replaces a session held for it.</summary>
    public void Add(IPEndPoint remote, SessionKeys keys)
    {
        Remove(remote);
        var key = new IPEndPoint(remote.Address, remote.Port);
        var session = _acceptsConnections
            ? new SealedSession(key, keys.ServerToClient, keys.ClientToServer, keys.Cipher)
            : new SealedSession(key, keys.ClientToServer, keys.ServerToClient, keys.Cipher);
        _sessions[key] = session;
        _sessionsPerAddress[key.Address] = SessionsFrom(key.Address) + 1;
    }

    /// <summary>Forgets the session with <paramref name="remote"/>, if any; its datagrams are dropped from now on.</summary>
    public void Remove(IPEndPoint remote)
    {
        if (!_sessions.Remove(remote, out var session))
        {
            return;
        }

        session.Dispose();
        var left = SessionsFrom(session.Remote.Address) - 1;
        if (left > 0)
        {
            _sessionsPerAddress[session.Remote.Address] = left;
        }
        else
        {
            _sessionsPerAddress.Remove(session.Remote.Address);
        }
    }

    public override void ProcessInboundPacket(ref IPEndPoint endPoint, ref byte[] data, ref int length)
    {
        if (length < 2)
        {
            Drop(DropReason.Malformed, ref length);
            return;
        }

        var found = _sessions.TryGetValue(endPoint, out var session);
        if (data[0] == DatagramSeal.PlainPrefix)
        {
            if (!_acceptsConnections || (data[1] & 0x1F) != ConnectRequestProperty || (found && session!.Confirmed))
            {
                Drop(DropReason.Unsealed, ref length);
                return;
            }

            Buffer.BlockCopy(data, 1, data, 0, length - 1);
            length--;
            return;
        }

        if (!found)
        {
            Drop(DropReason.UnknownSender, ref length);
            return;
        }

        var (opened, drop) = session!.Open(data, length);
        if (drop is { } reason)
        {
            Drop(reason, ref length);
            return;
        }

        length = opened;
    }

    public override void ProcessOutBoundPacket(ref IPEndPoint endPoint, ref byte[] data, ref int offset, ref int length)
    {
        if (offset != 0)
        {
            Buffer.BlockCopy(data, offset, data, 0, length);
            offset = 0;
        }

        if (!_acceptsConnections && (data[0] & 0x1F) == ConnectRequestProperty)
        {
            Buffer.BlockCopy(data, 0, data, 1, length);
            data[0] = DatagramSeal.PlainPrefix;
            length++;
            return;
        }

        if (_sessions.TryGetValue(endPoint, out var session))
        {
            length = session.Seal(data, length);
            return;
        }

        SuppressedSends++;
        endPoint = DiscardedDatagram.EndPoint;
    }

    private void Drop(DropReason reason, ref int length)
    {
        _drops[(int)reason]++;
        length = 0;
    }
}
