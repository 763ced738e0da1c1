using System.Net;
using Metaverse.Shared.Net.Sockets;

namespace Metaverse.Shared.Tests.Net;

/// <summary>A real UDP socket that also lets a test send hand-made datagrams from the host's own address.</summary>
internal sealed class InjectingSocket(IPEndPoint bindTo) : IDatagramSocket
{
    private readonly UdpDatagramSocket _inner = new(bindTo);

    public IPEndPoint LocalEndPoint => _inner.LocalEndPoint;

    public void Inject(ReadOnlySpan<byte> datagram, IPEndPoint to) => _inner.Send(datagram, to.Serialize());

    public ReceiveStatus TryReceive(Span<byte> buffer, SocketAddress sender, out int length) => _inner.TryReceive(buffer, sender, out length);

    public bool Send(ReadOnlySpan<byte> datagram, SocketAddress destination) => _inner.Send(datagram, destination);

    public bool WaitForData(TimeSpan timeout) => _inner.WaitForData(timeout);

    public void Dispose() => _inner.Dispose();
}
