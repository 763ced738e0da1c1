using System.Text;
using Metaverse.Server.Sessions;
using Metaverse.Shared.Messages;
using Metaverse.Shared.Net.Security;

namespace Metaverse.Server.Tests.Sessions;

/// <summary>What a capture of a real session on loopback shows: no user name, chat line, command or key; the token only in the connect request.</summary>
public sealed class SessionCaptureTests : IAsyncLifetime
{
    private RunningServer _server = null!;

    public async Task InitializeAsync() => _server = await RunningServer.StartAsync(new Dictionary<string, string?> { ["Metaverse:DefaultTwins"] = "cdc-line" });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task The_sign_in_picks_the_fastest_cipher_both_sides_run_and_a_session_works_with_either()
    {
        var offeredBoth = await TestLogin.CredentialsAsync(_server.Http, "ada", "operator", [SealCipher.ChaCha20Poly1305, SealCipher.Aes256Gcm]);
        var offeredChaCha = await TestLogin.CredentialsAsync(_server.Http, "alan", "operator", [SealCipher.ChaCha20Poly1305]);
        var offeredNone = await TestLogin.CredentialsAsync(_server.Http, "grace", "operator", []);

        Assert.Equal(SealCiphers.Supported[0], offeredBoth.Keys.Cipher);
        Assert.Equal(SealCipher.ChaCha20Poly1305, offeredChaCha.Keys.Cipher);
        Assert.Equal(SealCipher.ChaCha20Poly1305, offeredNone.Keys.Cipher);
        foreach (var credentials in new[] { offeredBoth, offeredChaCha })
        {
            using var client = ProtocolClient.Connect(_server.Udp, credentials);
            client.Send(new Hello { ProtocolVersion = SessionHost.ProtocolVersion, ClientName = "tester" });
            Assert.NotEqual(0u, client.Expect<Welcome>($"welcome over {credentials.Keys.Cipher}").ClientId);
        }
    }

    [Fact]
    public async Task A_capture_of_a_session_holds_no_name_chat_command_or_key_and_the_token_only_in_the_connect_request()
    {
        using var relay = new CapturingRelay(_server.Udp);
        var credentials = await TestLogin.CredentialsAsync(_server.Http, "grace-hopper", "engineer");
        using var client = ProtocolClient.Connect(relay.EndPoint, credentials);
        client.Send(new Hello { ProtocolVersion = SessionHost.ProtocolVersion, ClientName = "grace-hopper" });
        client.Expect<Welcome>("welcome");
        client.Send(new JoinRoom { RoomId = "default" });
        client.Expect<RoomJoined>("room joined");
        client.Send(new ChatMessage { Text = "meet me at the tablet press, punch 7 squeaks" });
        client.Expect(m => m is ChatBatch batch && batch.Messages.Any(c => c.Text.StartsWith("meet me", StringComparison.Ordinal)) ? batch : null, "the chat line back");
        client.Send(new Command
        {
            RequestId = "capture-1",
            TwinId = "cdc-line-1",
            Action = "setpoint",
            Arguments = { ["name"] = "press.turret_speed", ["value"] = "61" },
            Reason = "turret slowed for the punch inspection",
        });
        client.Expect(m => m is CommandResult { RequestId: "capture-1" } result ? result : null, "the command result");

        var captured = relay.Captured.ToList();
        string[] secrets = ["grace-hopper", "meet me at the tablet press", "punch 7 squeaks", "press.turret_speed", "setpoint", "turret slowed", "capture-1"];
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(captured, d => d.AsSpan().IndexOf(Encoding.UTF8.GetBytes(secret)) >= 0);
        }

        Assert.DoesNotContain(captured, d => d.AsSpan().IndexOf(credentials.Keys.ClientToServer.AsSpan(0, 8)) >= 0 || d.AsSpan().IndexOf(credentials.Keys.ServerToClient.AsSpan(0, 8)) >= 0);
        var withToken = captured.Where(d => d.AsSpan().IndexOf(credentials.Token.Span) >= 0).ToList();
        Assert.NotEmpty(withToken);
        Assert.All(withToken, d => Assert.Equal(0x00, d[0]));
        Assert.True(captured.Count(d => d[0] is >= 0x11 and <= 0x18) >= 6, "the session's datagrams are sealed");
        Assert.All(captured, d => Assert.True(d[0] == 0x00 || d[0] is >= 0x11 and <= 0x18, $"a datagram starts with 0x{d[0]:X2}"));
    }
}
