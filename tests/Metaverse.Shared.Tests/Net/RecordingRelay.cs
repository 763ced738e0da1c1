using System.Net;
using System.Net.Sockets;

namespace Metaverse.Shared.Tests.Net;

/// <summary>
/// A loopback UDP relay between one client and a server: the client connects to <see cref="EndPoint"/>, the relay
/// forwards each datagram to the server from a socket of its own and the server's answers back, recording every
/// datagram both ways. <see cref="BeforeForward"/> sees each datagram before it is forwarded and may
/// <see cref="Inject"/> extra ones (altered copies, replays). Pumped by <see cref="LoopbackNetwork"/>.
/// </summary>
internal sealed class RecordingRelay : IDisposable
{
    private readonly Socket _front = Bound();
    private readonly Socket _back = Bound();
    private readonly IPEndPoint _server;
    private readonly byte[] _buffer = new byte[64 * 1024];
    private EndPoint? _client;

    public RecordingRelay(IPEndPoint server)
    {
        _server = server;
        EndPoint = (IPEndPoint)_front.LocalEndPoint!;
    }

    /// <summary>Where the client connects instead of the server.</summary>
    public IPEndPoint EndPoint { get; }

    /// <summary>Every datagram forwarded or injected, in order.</summary>
    public List<RelayedDatagram> Recorded { get; } = [];

    public Action<RelayDirection, byte[]>? BeforeForward { get; set; }

    /// <summary>The datagrams the relay forwarded (not injected) in <paramref name="direction"/>.</summary>
    public IEnumerable<byte[]> Forwarded(RelayDirection direction) =>
        Recorded.Where(d => d.Direction == direction && !d.Injected).Select(d => d.Bytes);

    /// <summary>Sends <paramref name="datagram"/> on in <paramref name="direction"/> as if it came from the other side.</summary>
    public void Inject(RelayDirection direction, byte[] datagram) => Send(direction, datagram, injected: true);

    /// <summary>Forwards what waits on both sockets; returns the number of datagrams forwarded.</summary>
    public int Pump()
    {
        var forwarded = 0;
        while (_front.Available > 0)
        {
            EndPoint from = new IPEndPoint(IPAddress.Any, 0);
            var length = _front.ReceiveFrom(_buffer, ref from);
            _client = from;
            Relay(RelayDirection.ToServer, _buffer.AsSpan(0, length).ToArray());
            forwarded++;
        }

        while (_back.Available > 0)
        {
            EndPoint from = new IPEndPoint(IPAddress.Any, 0);
            var length = _back.ReceiveFrom(_buffer, ref from);
            Relay(RelayDirection.ToClient, _buffer.AsSpan(0, length).ToArray());
            forwarded++;
        }

        return forwarded;
    }

    public void Dispose()
    {
        _front.Dispose();
        _back.Dispose();
    }

    private static Socket Bound()
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return socket;
    }

    private void Relay(RelayDirection direction, byte[] datagram)
    {
        BeforeForward?.Invoke(direction, datagram);
        Send(direction, datagram, injected: false);
    }

    private void Send(RelayDirection direction, byte[] datagram, bool injected)
    {
        Recorded.Add(new RelayedDatagram(direction, datagram, injected));
        if (direction == RelayDirection.ToServer)
        {
            _back.SendTo(datagram, _server);
        }
        else if (_client is not null)
        {
            _front.SendTo(datagram, _client);
        }
    }
}

internal enum RelayDirection
{
    ToServer,
    ToClient,
}

internal sealed record RelayedDatagram(RelayDirection Direction, byte[] Bytes, bool Injected);
