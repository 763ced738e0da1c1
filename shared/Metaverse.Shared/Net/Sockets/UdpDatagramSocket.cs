using System.Net;
using System.Net.Sockets;

namespace Metaverse.Shared.Net.Sockets;

/// <summary>The real UDP socket. Receives and sends without allocating (SocketAddress overloads).</summary>
public sealed class UdpDatagramSocket : IDatagramSocket
{
    private const int SocketBufferBytes = 4 * 1024 * 1024;
    private readonly Socket _socket;

    public UdpDatagramSocket(IPEndPoint bindTo)
    {
        _socket = new Socket(bindTo.AddressFamily, SocketType.Dgram, ProtocolType.Udp)
        {
            ReceiveBufferSize = SocketBufferBytes,
            SendBufferSize = SocketBufferBytes,
            Blocking = true,
        };
        try
        {
            _socket.Bind(bindTo);
        }
        catch
        {
            _socket.Dispose();
            throw;
        }

        LocalEndPoint = (IPEndPoint)_socket.LocalEndPoint!;
    }

    public IPEndPoint LocalEndPoint { get; }

    public ReceiveStatus TryReceive(Span<byte> buffer, SocketAddress sender, out int length)
    {
        length = 0;
        if (!IsDatagramWaiting())
        {
            return ReceiveStatus.Empty;
        }

        try
        {
            length = _socket.ReceiveFrom(buffer, SocketFlags.None, sender);
            return ReceiveStatus.Received;
        }
        catch (SocketException e) when (e.SocketErrorCode is SocketError.MessageSize or SocketError.ConnectionReset or SocketError.WouldBlock)
        {
            return ReceiveStatus.Error;
        }
    }

    public bool Send(ReadOnlySpan<byte> datagram, SocketAddress destination)
    {
        try
        {
            return _socket.SendTo(datagram, SocketFlags.None, destination) == datagram.Length;
        }
        catch (SocketException e) when (e.SocketErrorCode is SocketError.WouldBlock or SocketError.NoBufferSpaceAvailable
            or SocketError.ConnectionRefused or SocketError.HostUnreachable or SocketError.NetworkUnreachable or SocketError.MessageSize)
        {
            return false;
        }
    }

    public bool WaitForData(TimeSpan timeout) =>
        _socket.Poll((int)Math.Clamp(timeout.TotalMicroseconds, 0, int.MaxValue), SelectMode.SelectRead);

    /// <summary>
    /// One zero-timeout poll. Not Socket.Available: it reports 0 for a zero-length datagram at the head of
    /// the queue, which would then never be read and would block the socket for good.
    /// </summary>
    private bool IsDatagramWaiting() => _socket.Poll(0, SelectMode.SelectRead);

    public void Dispose() => _socket.Dispose();
}
