using System.Net;
using System.Net.Sockets;
using Metaverse.Shared.Net;
using Metaverse.Shared.Net.Wire;

namespace Metaverse.Shared.Tests.Net;

public sealed class HostileInputTests
{
    private const int HostileDatagrams = 10_000;

    [Fact]
    public void Ten_thousand_random_and_mutated_datagrams_do_not_disturb_a_connected_client()
    {
        using var network = new LoopbackNetwork();
        var (server, serverEvents, _, clientEvents, toServer) = network.ConnectPair();
        var toClient = serverEvents.Connected[0];
        using var attacker = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        attacker.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        var random = new Random(1234);
        var sentHostile = 0;
        var round = 0;

        while (sentHostile < HostileDatagrams)
        {
            for (var i = 0; i < 100; i++, sentHostile++)
            {
                attacker.SendTo(HostileDatagram(random), server.LocalEndPoint);
            }

            Assert.Equal(SendResult.Queued, toServer.Send(DeliveryGuaranteeTests.Numbered(round), DeliveryMethod.ReliableOrdered));
            Assert.Equal(SendResult.Queued, toClient.Send(DeliveryGuaranteeTests.Numbered(round), DeliveryMethod.ReliableOrdered));
            round++;
            network.PumpFor(TimeSpan.FromMilliseconds(2));
        }

        network.PumpUntil(() => serverEvents.Messages.Count == round && clientEvents.Messages.Count == round, TimeSpan.FromSeconds(20), "the client's traffic");

        Assert.Equal(Enumerable.Range(0, round), serverEvents.Messages.Select(m => m.Number));
        Assert.Equal(Enumerable.Range(0, round), clientEvents.Messages.Select(m => m.Number));
        Assert.Empty(serverEvents.Disconnected);
        Assert.Single(server.Peers);
        var dropped = Enum.GetValues<DropReason>().Sum(server.DroppedDatagrams);
        Assert.Equal(HostileDatagrams, dropped + server.RejectedConnectRequests);
        Assert.True(server.DroppedDatagrams(DropReason.Oversized) > 0 && server.DroppedDatagrams(DropReason.Truncated) > 0, "the mix holds oversized and empty datagrams");
    }

    [Fact]
    public void An_empty_datagram_does_not_block_the_socket()
    {
        using var network = new LoopbackNetwork();
        var (server, serverEvents, _, _, toServer) = network.ConnectPair();
        using var sender = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);

        sender.SendTo([], server.LocalEndPoint);
        Assert.Equal(SendResult.Queued, toServer.Send(DeliveryGuaranteeTests.Numbered(1), DeliveryMethod.ReliableOrdered));
        network.PumpUntil(() => serverEvents.Messages.Count == 1, TimeSpan.FromSeconds(5), "the message behind the empty datagram");

        Assert.Equal(1, server.DroppedDatagrams(DropReason.Truncated));
    }

    [Fact]
    public void Data_packet_from_an_address_without_a_connection_is_dropped_and_counted()
    {
        using var network = new LoopbackNetwork();
        var (server, serverEvents, _, _, toServer) = network.ConnectPair();
        using var forger = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        forger.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        var datagram = new byte[Protocol.DataHeaderBytes];
        var writer = new WireWriter(datagram);
        new DataHeader(PacketType.Data, 12345, 7, 0, 0).Write(ref writer);

        forger.SendTo(datagram, server.LocalEndPoint);
        network.PumpUntil(() => server.DroppedDatagrams(DropReason.UnknownSender) == 1, TimeSpan.FromSeconds(5), "the forged datagram to be counted");

        Assert.Equal(PeerState.Connected, toServer.State);
        Assert.Empty(serverEvents.Messages);
    }

    private static byte[] HostileDatagram(Random random) => random.Next(6) switch
    {
        0 => RandomBytes(random, random.Next(0, 1400)),
        1 => RandomBytes(random, random.Next(1201, 2000)),
        2 => Mutated(random, ValidConnectRequest(random)),
        3 => Mutated(random, DataPacketWithMessages(random)),
        4 => TypedGarbage(random, (byte)random.Next(1, 7)),
        _ => DataPacketWithMessages(random),
    };

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    private static byte[] TypedGarbage(Random random, byte type)
    {
        var bytes = RandomBytes(random, random.Next(1, 64));
        bytes[0] = type;
        return bytes;
    }

    private static byte[] ValidConnectRequest(Random random)
    {
        var bytes = new byte[Protocol.ConnectRequestBytes];
        HandshakeCodec.WriteConnectRequest(bytes, (ulong)random.NextInt64(), ConnectionLimits.From(new NetConfig()), "wrong-key"u8, []);
        return bytes;
    }

    private static byte[] DataPacketWithMessages(Random random)
    {
        var bytes = new byte[Protocol.MaxDatagramBytes];
        var writer = new WireWriter(bytes);
        new DataHeader(PacketType.Data, (uint)random.Next(), (uint)random.Next(1, int.MaxValue), 0, 0).Write(ref writer);
        var payload = RandomBytes(random, 40);
        new MessageHeader(DeliveryMethod.ReliableOrdered, 0, (ushort)random.Next(), 0, 1, payload.Length).Write(ref writer);
        writer.WriteBytes(payload);
        return bytes[..writer.Position];
    }

    private static byte[] Mutated(Random random, byte[] bytes)
    {
        for (var flips = random.Next(1, 8); flips > 0; flips--)
        {
            bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
        }

        return random.Next(4) == 0 ? bytes[..random.Next(bytes.Length)] : bytes;
    }
}
