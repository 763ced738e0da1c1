using System.Net;

namespace Metaverse.Shared.Net;

/// <summary>
/// How a packet layer stops LiteNetLib from sending a datagram (its layers cannot veto a send): it points the
/// datagram at an IPv6 endpoint, and a <see cref="NetHost"/> never opens an IPv6 socket, so LiteNetLib sends nothing
/// (were a socket there, port 0 would still refuse it).
/// </summary>
internal static class DiscardedDatagram
{
    public static IPEndPoint EndPoint { get; } = new(IPAddress.IPv6None, 0);

    public static bool Is(IPEndPoint endPoint) => ReferenceEquals(endPoint, EndPoint);
}
