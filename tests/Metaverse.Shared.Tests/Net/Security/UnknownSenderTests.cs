using System.Net;
using System.Net.Sockets;
using Metaverse.Shared.Net;

namespace Metaverse.Shared.Tests.Net.Security;

public sealed class UnknownSenderTests
{
    [Fact]
    public void A_sealed_looking_datagram_from_an_address_without_a_session_is_dropped_as_unknown_sender_and_gets_no_reply()
    {
        using var network = new LoopbackNetwork();
        var (server, serverEvents, _, _, toServer) = network.ConnectPair();
        using var forger = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        forger.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        var datagram = new byte[64];
        new Random(7).NextBytes(datagram);
        datagram[0] = 0x11;

        forger.SendTo(datagram, server.LocalEndPoint);
        network.PumpUntil(() => server.DroppedDatagrams(DropReason.UnknownSender) == 1, TimeSpan.FromSeconds(5), "the forged datagram to be counted");
        network.PumpFor(TimeSpan.FromMilliseconds(300));

        Assert.Equal(0, forger.Available);
        Assert.False(forger.Poll(0, SelectMode.SelectRead), "nothing came back to the forger");
        Assert.Equal(PeerState.Connected, toServer.State);
        Assert.Empty(serverEvents.Messages);
        Assert.Single(server.Peers);
    }
}
