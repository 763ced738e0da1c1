using Metaverse.Shared.Messages;
using Metaverse.Shared.Net;
using Microsoft.Extensions.Time.Testing;

namespace Metaverse.Server.Tests.Sessions;

/// <summary>A session ends when its token expires unless the client refreshed it with a fresh sign-in (real server, real UDP, injected clock).</summary>
public sealed class SessionExpiryTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse("2026-12-08T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private RunningServer _server = null!;

    public async Task InitializeAsync() =>
        _server = await RunningServer.StartAsync(new Dictionary<string, string?> { ["Metaverse:SessionMinutes"] = "10", ["Metaverse:DefaultTwins"] = "none" }, clock: _clock);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task An_expired_session_is_closed_with_the_reason()
    {
        using var client = await ProtocolClient.Joined(_server.Http, _server.Udp, "ada");

        _clock.Advance(TimeSpan.FromMinutes(9));
        var snapshots = client.Received.OfType<Snapshot>().Count();
        client.PumpUntil(() => client.Received.OfType<Snapshot>().Count() > snapshots + 20, "snapshots for a while before the expiry (the server checks every 250 ms)");
        Assert.Null(client.Disconnected);
        _clock.Advance(TimeSpan.FromMinutes(1));
        client.PumpUntil(() => client.Disconnected is not null, "the session to be closed");

        Assert.Equal(DisconnectReason.RemoteDisconnect, client.Disconnected!.Value.Reason);
        Assert.Equal("session expired at 2026-12-08 09:10:00Z: log in again", client.Disconnected.Value.Message);
    }

    [Fact]
    public async Task A_fresh_token_of_the_same_user_moves_the_expiry_on_and_the_session_outlives_the_first_token()
    {
        using var client = await ProtocolClient.Joined(_server.Http, _server.Udp, "ada");
        _clock.Advance(TimeSpan.FromMinutes(8));
        var fresh = await TestLogin.CredentialsAsync(_server.Http, "ada");

        client.Send(new RefreshSession { Token = fresh.Token });
        var answer = client.Expect<SessionRefreshed>("the refresh answer");
        _clock.Advance(TimeSpan.FromMinutes(5));
        client.PumpUntil(() => client.Received.OfType<Snapshot>().Count() > 40, "snapshots past the first token's expiry");

        Assert.True(answer.Ok, answer.Message);
        Assert.Equal(DateTimeOffset.Parse("2026-12-08T09:18:00Z", System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeMilliseconds(), answer.ExpiresUnixMs);
        Assert.Null(client.Disconnected);
    }

    [Fact]
    public async Task A_token_of_another_user_or_one_used_before_does_not_refresh()
    {
        using var client = await ProtocolClient.Joined(_server.Http, _server.Udp, "ada");
        var others = await TestLogin.CredentialsAsync(_server.Http, "grace");
        var fresh = await TestLogin.CredentialsAsync(_server.Http, "ada");

        client.Send(new RefreshSession { Token = others.Token });
        var foreign = client.Expect<SessionRefreshed>("the answer to another user's token");
        client.Send(new RefreshSession { Token = fresh.Token });
        client.Expect(m => m is SessionRefreshed { Ok: true } ok ? ok : null, "the answer to a fresh token");
        client.Send(new RefreshSession { Token = fresh.Token });
        var reused = client.Expect(m => m is SessionRefreshed { Ok: false } no && no != foreign ? no : null, "the answer to the reused token");

        Assert.False(foreign.Ok);
        Assert.Equal("the token belongs to another user or role", foreign.Message);
        Assert.Equal(DateTimeOffset.Parse("2026-12-08T09:10:00Z", System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeMilliseconds(), foreign.ExpiresUnixMs);
        Assert.Equal("this connect token was already used: log in again for a new one", reused.Message);
    }
}
