using System.Net;

namespace Metaverse.Shared.Net.Sockets;

/// <summary>
/// A bound UDP socket as the transport uses it: non-blocking receive, fire-and-forget send.
/// Implemented by the real socket and by the network simulator that wraps it. Not thread-safe.
/// </summary>
public interface IDatagramSocket : IDisposable
{
    IPEndPoint LocalEndPoint { get; }

    /// <summary>Receives one waiting datagram into <paramref name="buffer"/> and its sender into <paramref name="sender"/>.</summary>
    ReceiveStatus TryReceive(Span<byte> buffer, SocketAddress sender, out int length);

    /// <summary>Sends one datagram; false when the socket refused it (counted by the caller as a loss).</summary>
    bool Send(ReadOnlySpan<byte> datagram, SocketAddress destination);

    /// <summary>Blocks until a datagram is waiting or <paramref name="timeout"/> passes; true when one is waiting.</summary>
    bool WaitForData(TimeSpan timeout);
}

/// <summary>Result of <see cref="IDatagramSocket.TryReceive"/>.</summary>
public enum ReceiveStatus
{
    /// <summary>A datagram was received.</summary>
    Received,

    /// <summary>Nothing is waiting.</summary>
    Empty,

    /// <summary>A datagram was consumed but unusable (socket error, larger than the buffer).</summary>
    Error,
}
