using System.Net;
using System.Net.Sockets;
using Metaverse.Shared.Net;

namespace Metaverse.Shared.Tests.Net;

/// <summary>Datagrams from a stranger that are no session's: dropped and counted, never answered, never in the way.</summary>
public sealed class HostileInputTests
{
    private const int HostileDatagrams = 3000;
    private const int PerRound = 50;

    [Fact]
    public void Thousands_of_garbage_truncated_and_unsealed_datagrams_are_dropped_counted_and_unanswered_while_a_connection_is_served()
    {
        using var network = new LoopbackNetwork();
        var (server, serverEvents, _, clientEvents, toServer) = network.ConnectPair();
        var toClient = serverEvents.Connected[0];
        using var fuzzer = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        fuzzer.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        var random = new Random(1234);
        var sent = 0;
        var round = 0;

        while (sent < HostileDatagrams)
        {
            for (var i = 0; i < PerRound; i++, sent++)
            {
                fuzzer.SendTo(HostileDatagram(random), server.LocalEndPoint);
            }

            Assert.Equal(SendResult.Queued, toServer.Send(DeliveryGuaranteeTests.Numbered(round), DeliveryMethod.ReliableOrdered));
            Assert.Equal(SendResult.Queued, toClient.Send(DeliveryGuaranteeTests.Numbered(round), DeliveryMethod.ReliableOrdered));
            round++;
            var expected = sent;
            network.PumpUntil(() => Dropped(server) == expected, TimeSpan.FromSeconds(10), $"{expected} hostile datagrams counted");
        }

        network.PumpUntil(() => serverEvents.Messages.Count == round && clientEvents.Messages.Count == round, TimeSpan.FromSeconds(20), "the client's traffic");
        network.PumpFor(TimeSpan.FromMilliseconds(200));

        Assert.Equal(Enumerable.Range(0, round), serverEvents.Messages.Select(m => m.Number));
        Assert.Equal(Enumerable.Range(0, round), clientEvents.Messages.Select(m => m.Number));
        Assert.Empty(serverEvents.Disconnected);
        Assert.Empty(serverEvents.Requests.Skip(1));
        Assert.Single(server.Peers);
        Assert.Equal(HostileDatagrams, Dropped(server));
        Assert.All(Enum.GetValues<DropReason>().Except([DropReason.BadSeal, DropReason.Replayed]), r => Assert.True(server.DroppedDatagrams(r) > 0, $"the mix holds {r} datagrams"));
        Assert.Equal(0, fuzzer.Available);
        Assert.False(fuzzer.Poll(0, SelectMode.SelectRead), "nothing came back to the fuzzer");
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
    }

    [Fact]
    public void Datagrams_larger_than_any_packet_do_not_stop_a_connection_being_served()
    {
        using var network = new LoopbackNetwork();
        var (server, serverEvents, _, _, toServer) = network.ConnectPair();
        using var sender = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        var random = new Random(99);

        for (var i = 0; i < 10; i++)
        {
            sender.SendTo(RandomBytes(random, random.Next(1500, 9000)), server.LocalEndPoint);
        }

        Assert.Equal(SendResult.Queued, toServer.Send(DeliveryGuaranteeTests.Numbered(1), DeliveryMethod.ReliableOrdered));
        network.PumpUntil(() => serverEvents.Messages.Count == 1, TimeSpan.FromSeconds(5), "the message behind the oversized datagrams");

        Assert.Equal(PeerState.Connected, toServer.State);
        Assert.Equal(0, sender.Available);
    }

    private static long Dropped(NetHost host) => Enum.GetValues<DropReason>().Sum(host.DroppedDatagrams);

    /// <summary>Anything but a connect request (which LiteNetLib parses, not the sealing layer): from a stranger, each is one drop.</summary>
    private static byte[] HostileDatagram(Random random)
    {
        var datagram = random.Next(5) switch
        {
            0 => RandomBytes(random, 1),
            1 => Prefixed(random, 0x00, random.Next(2, 600)),
            2 => Prefixed(random, (byte)(0x10 | random.Next(16)), random.Next(2, 1400)),
            3 => Prefixed(random, (byte)(0x20 + random.Next(0xE0)), random.Next(2, 1400)),
            _ => RandomBytes(random, random.Next(1, 1400)),
        };
        if (datagram.Length >= 2 && datagram[0] == 0x00 && (datagram[1] & 0x1F) == 6)
        {
            datagram[1] ^= 1;
        }

        return datagram;
    }

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    private static byte[] Prefixed(Random random, byte prefix, int length)
    {
        var bytes = RandomBytes(random, length);
        bytes[0] = prefix;
        return bytes;
    }
}
