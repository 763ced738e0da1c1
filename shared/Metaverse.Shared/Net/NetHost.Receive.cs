using System.Net;
using Metaverse.Shared.Net.Sockets;
using Metaverse.Shared.Net.Wire;

namespace Metaverse.Shared.Net;

/// <summary>
/// The receive path: every datagram is classified, and anything not ours or malformed is counted and
/// dropped. No state is created for an address before it sends a valid connect request.
/// </summary>
public sealed partial class NetHost
{
    private int ReceiveWaiting()
    {
        var handled = 0;
        while (handled < Config.MaxDatagramsPerPoll)
        {
            var status = _socket.TryReceive(_receiveBuffer, _receiveAddress, out var length);
            if (status == ReceiveStatus.Empty)
            {
                break;
            }

            handled++;
            if (status == ReceiveStatus.Error)
            {
                Drop(DropReason.SocketError);
                continue;
            }

            Statistics.AddReceived(length);
            HandleDatagram(_receiveBuffer.AsSpan(0, length), MonotonicClock.NowMicroseconds);
        }

        return handled;
    }

    private void HandleDatagram(ReadOnlySpan<byte> datagram, long nowMicros)
    {
        if (datagram.Length == 0)
        {
            Drop(DropReason.Truncated);
            return;
        }

        if (datagram.Length > Protocol.MaxDatagramBytes)
        {
            Drop(DropReason.Oversized);
            return;
        }

        _peersByAddress.TryGetValue(_receiveAddress, out var peer);
        if (peer is { State: PeerState.Disconnected })
        {
            peer = null;
        }

        switch ((PacketType)datagram[0])
        {
            case PacketType.ConnectRequest:
                HandleConnectRequest(datagram, peer, nowMicros);
                break;
            case PacketType.ConnectAccept:
                HandleConnectAccept(datagram, peer, nowMicros);
                break;
            case PacketType.ConnectReject:
                HandleConnectReject(datagram, peer);
                break;
            case PacketType.Data or PacketType.Ack when peer is not null:
                peer.ProcessData(datagram, nowMicros);
                break;
            case PacketType.Disconnect:
                HandleDisconnect(datagram, peer);
                break;
            case PacketType.Data or PacketType.Ack:
                Drop(DropReason.UnknownSender);
                break;
            default:
                Drop(DropReason.UnknownType);
                break;
        }
    }

    private void HandleConnectRequest(ReadOnlySpan<byte> datagram, NetPeer? existing, long nowMicros)
    {
        if (!Config.AcceptIncoming || !HandshakeCodec.TryReadConnectRequest(datagram, out var request))
        {
            Drop(DropReason.BadConnectRequest);
            return;
        }

        if (existing?.Salt == request.Salt)
        {
            ResendAccept(existing);
            return;
        }

        var refusal = CheckRequest(request, replacing: existing is not null);
        var remote = (IPEndPoint)_endPointFactory.Create(_receiveAddress);
        var decision = new ConnectionRequest(remote, request.Data.ToArray());
        if (refusal is null)
        {
            Listener.OnConnectionRequest(decision);
            refusal = decision.Accepted ? null : decision.RejectReason;
        }

        if (refusal is not null)
        {
            RejectedConnectRequests++;
            var length = HandshakeCodec.WriteConnectReject(SendBuffer, request.Salt, refusal);
            SendDatagram(SendBuffer.AsSpan(0, length), _receiveAddress, Statistics, tracked: false);
            return;
        }

        existing?.Close(DisconnectReason.Reconnected, "the client connected again with a new session", notifyRemote: false);
        Accept(request, remote, decision.Tag, nowMicros);
    }

    /// <summary>The protocol's checks in order; null when the application may decide. An existing connection being replaced does not count against capacity.</summary>
    private string? CheckRequest(in ConnectRequestPacket request, bool replacing)
    {
        if (request.Version != Protocol.Version)
        {
            return $"protocol version {request.Version} is not supported; this server speaks version {Protocol.Version}";
        }

        if (!request.AppKey.SequenceEqual(AppKeyBytes))
        {
            return "application key mismatch";
        }

        return _peers.Count - _closed.Count - (replacing ? 1 : 0) >= Config.MaxConnections ? $"server full ({Config.MaxConnections} connections)" : null;
    }

    private void Accept(in ConnectRequestPacket request, IPEndPoint remote, object? tag, long nowMicros)
    {
        var address = new SocketAddress(_receiveAddress.Family, _receiveAddress.Size);
        _receiveAddress.Buffer.Span.CopyTo(address.Buffer.Span);
        var peer = AddPeer(address, remote, request.Salt, PeerState.Connecting, nowMicros);
        peer.OnAccepted(NewConnectionId(), request.Limits, nowMicros);
        peer.Tag = tag;
        ResendAccept(peer);
        OnPeerConnected(peer);
    }

    private void ResendAccept(NetPeer peer)
    {
        var length = HandshakeCodec.WriteConnectAccept(SendBuffer, peer.Salt, peer.ConnectionId, Limits);
        SendDatagram(SendBuffer.AsSpan(0, length), peer.Address, peer.Statistics, tracked: false);
    }

    private void HandleConnectAccept(ReadOnlySpan<byte> datagram, NetPeer? peer, long nowMicros)
    {
        if (!HandshakeCodec.TryReadConnectAccept(datagram, out var salt, out var connectionId, out var limits))
        {
            Drop(DropReason.Malformed);
            return;
        }

        if (peer is null || peer.Salt != salt)
        {
            Drop(DropReason.UnknownSender);
            return;
        }

        if (peer.State == PeerState.Connecting)
        {
            peer.OnAccepted(connectionId, limits, nowMicros);
            OnPeerConnected(peer);
        }
    }

    private void HandleConnectReject(ReadOnlySpan<byte> datagram, NetPeer? peer)
    {
        if (!HandshakeCodec.TryReadConnectReject(datagram, out var salt, out var reason))
        {
            Drop(DropReason.Truncated);
            return;
        }

        if (peer is null || peer.Salt != salt || peer.State != PeerState.Connecting)
        {
            Drop(DropReason.UnknownSender);
            return;
        }

        peer.Close(DisconnectReason.ConnectionRejected, reason, notifyRemote: false);
    }

    private void HandleDisconnect(ReadOnlySpan<byte> datagram, NetPeer? peer)
    {
        if (!HandshakeCodec.TryReadDisconnect(datagram, out var connectionId, out var reason, out var message))
        {
            Drop(DropReason.Truncated);
            return;
        }

        if (peer is null || peer.State != PeerState.Connected || peer.ConnectionId != connectionId)
        {
            Drop(peer is null ? DropReason.UnknownSender : DropReason.WrongConnectionId);
            return;
        }

        var asSeenHere = reason == DisconnectReason.LocalDisconnect ? DisconnectReason.RemoteDisconnect : reason;
        peer.Close(asSeenHere, message, notifyRemote: false);
    }

    private static uint NewConnectionId()
    {
        Span<byte> bytes = stackalloc byte[4];
        uint id;
        do
        {
            System.Security.Cryptography.RandomNumberGenerator.Fill(bytes);
            id = BitConverter.ToUInt32(bytes);
        }
        while (id == 0);
        return id;
    }
}
