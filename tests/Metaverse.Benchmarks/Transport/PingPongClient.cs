using System.Buffers.Binary;
using System.Diagnostics;
using Metaverse.Shared.Net;

namespace Metaverse.Benchmarks.Transport;

/// <summary>
/// One benchmark client: keeps a fixed number of messages in flight to the echo server and sends a
/// new one for every echo, recording the round-trip time carried in the message.
/// </summary>
internal sealed class PingPongClient(DeliveryMethod method, int messageBytes, int inFlight, LatencyHistogram latencies) : INetEventListener
{
    private readonly byte[] _payload = new byte[messageBytes];

    public NetPeer? Server { get; private set; }

    public long RoundTrips { get; set; }

    /// <summary>Why the connection ended, if it did.</summary>
    public DisconnectInfo? Lost { get; private set; }

    public void Prime()
    {
        for (var i = 0; i < inFlight; i++)
        {
            SendOne();
        }
    }

    public void OnConnectionRequest(ConnectionRequest request)
    {
    }

    public void OnPeerConnected(NetPeer peer) => Server = peer;

    public void OnPeerDisconnected(NetPeer peer, DisconnectInfo info) => Lost ??= info;

    public void OnMessage(NetPeer peer, ReadOnlySpan<byte> message, DeliveryMethod method, byte channel)
    {
        var sent = BinaryPrimitives.ReadInt64LittleEndian(message);
        latencies.Add((long)Stopwatch.GetElapsedTime(sent).TotalMicroseconds);
        RoundTrips++;
        SendOne();
    }

    private void SendOne()
    {
        BinaryPrimitives.WriteInt64LittleEndian(_payload, Stopwatch.GetTimestamp());
        Server!.Send(_payload, method);
    }
}
