using System.Text;
using Metaverse.Shared.Net;

namespace Metaverse.Shared.Tests.Net.Security;

/// <summary>What an observer of the wire sees of a session: seals, and the connect token only in the connect request.</summary>
public sealed class SealedCaptureTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    [Fact]
    public void A_capture_of_a_session_holds_no_plaintext_of_its_messages_and_the_token_only_in_connect_requests()
    {
        using var network = new LoopbackNetwork();
        var (_, serverEvents, _, clientEvents, toServer, relay) = network.ConnectPairThroughRelay("token-marker-7Hq2");
        var toClient = serverEvents.Connected[0];
        string[] fromClient = ["user:alice.liddell@wonderland.example", "chat: meet me by the fountain at noon", "/teleport 120.5 4.0 -33.25"];
        string[] fromServer = ["welcome alice.liddell, 3 friends online", "chat from bob: on my way to the fountain", "/kick mallory spamming"];

        foreach (var (up, down) in fromClient.Zip(fromServer))
        {
            Assert.Equal(SendResult.Queued, toServer.Send(Encoding.UTF8.GetBytes(up), DeliveryMethod.ReliableOrdered));
            Assert.Equal(SendResult.Queued, toClient.Send(Encoding.UTF8.GetBytes(down), DeliveryMethod.Unreliable));
        }

        network.PumpUntil(() => serverEvents.Messages.Count == 3 && clientEvents.Messages.Count == 3, Deadline, "the messages both ways");
        toServer.Disconnect("logging out: alice.liddell goes home");
        network.PumpUntil(() => serverEvents.Disconnected.Count == 1, Deadline, "the disconnect to reach the server");

        Assert.Equal(fromClient, serverEvents.Messages.Select(m => Encoding.UTF8.GetString(m.Payload)));
        var datagrams = relay.Recorded.Select(d => d.Bytes).ToList();
        foreach (var secret in fromClient.Concat(fromServer).Append("alice.liddell").Append("fountain").Append("teleport"))
        {
            Assert.DoesNotContain(datagrams, d => Contains(d, Encoding.UTF8.GetBytes(secret)));
        }

        var token = "token-marker-7Hq2"u8.ToArray();
        Assert.Contains(datagrams, d => Contains(d, token));
        Assert.All(datagrams.Where(d => Contains(d, token)), d => Assert.Equal(0x00, d[0]));
        Assert.All(relay.Recorded.Where(d => d.Bytes[0] == 0x00), d => Assert.Equal(RelayDirection.ToServer, d.Direction));
        Assert.All(datagrams.Where(d => d[0] != 0x00), d => Assert.InRange(d[0], 0x11, 0x18));
        Assert.True(datagrams.Count(d => d[0] != 0x00) >= 4, $"only {datagrams.Count(d => d[0] != 0x00)} sealed datagrams were captured");
    }

    private static bool Contains(byte[] datagram, byte[] text) => datagram.AsSpan().IndexOf(text) >= 0;
}
