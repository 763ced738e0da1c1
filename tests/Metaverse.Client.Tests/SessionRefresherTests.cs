using Metaverse.Shared.Messages;
using Metaverse.Shared.Net.Security;
using Microsoft.Extensions.Time.Testing;

namespace Metaverse.Client.Tests;

public class SessionRefresherTests
{
    private static readonly DateTimeOffset Start = DateTimeOffset.Parse("2026-12-08T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Signs_in_again_when_a_third_of_the_session_is_left_sends_the_token_once_and_plans_from_the_new_expiry()
    {
        var clock = new FakeTimeProvider(Start);
        var signIns = 0;
        var refresher = new SessionRefresher(_ => Task.FromResult(Login(++signIns)), Start.AddMinutes(60), clock);

        clock.Advance(TimeSpan.FromMinutes(39));
        Assert.Null(refresher.TokenToSend());
        Assert.Equal(0, signIns);
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(refresher.TokenToSend());
        var token = refresher.TokenToSend();
        var whileWaiting = refresher.TokenToSend();
        refresher.Answered(new SessionRefreshed { Ok = true, ExpiresUnixMs = Start.AddMinutes(100).ToUnixTimeMilliseconds() });

        Assert.Equal(1, signIns);
        Assert.Equal(new byte[] { 1 }, token!.Value.ToArray());
        Assert.Null(whileWaiting);
        Assert.Equal(Start.AddMinutes(100), refresher.ExpiresUtc);
        Assert.Equal(1, refresher.Refreshes);
        clock.Advance(TimeSpan.FromMinutes(39));
        Assert.Null(refresher.TokenToSend());
        Assert.Equal(1, signIns);
        clock.Advance(TimeSpan.FromMinutes(1));
        refresher.TokenToSend();
        Assert.Equal(2, signIns);
    }

    [Fact]
    public void A_failed_sign_in_or_a_refusal_is_retried_after_the_retry_interval()
    {
        var clock = new FakeTimeProvider(Start);
        var signIns = 0;
        var refresher = new SessionRefresher(
            _ => ++signIns == 1 ? Task.FromException<LoginResult>(new LoginException("HTTP 503")) : Task.FromResult(Login(signIns)),
            Start.AddMinutes(3),
            clock);

        clock.Advance(TimeSpan.FromMinutes(2));
        refresher.TokenToSend();
        Assert.Null(refresher.TokenToSend());
        Assert.Equal("HTTP 503", refresher.LastFailure);
        clock.Advance(SessionRefresher.RetryInterval - TimeSpan.FromSeconds(1));
        Assert.Null(refresher.TokenToSend());
        Assert.Equal(1, signIns);
        clock.Advance(TimeSpan.FromSeconds(1));
        refresher.TokenToSend();
        Assert.NotNull(refresher.TokenToSend());
        refresher.Answered(new SessionRefreshed { Ok = false, ExpiresUnixMs = Start.AddMinutes(3).ToUnixTimeMilliseconds(), Message = "the token belongs to another user or role" });

        Assert.Equal(2, signIns);
        Assert.Equal("the token belongs to another user or role", refresher.LastFailure);
        Assert.Equal(Start.AddMinutes(3), refresher.ExpiresUtc);
        clock.Advance(SessionRefresher.RetryInterval);
        refresher.TokenToSend();
        Assert.Equal(3, signIns);
    }

    private static LoginResult Login(int n) => new(new ConnectCredentials(new[] { (byte)n }, SessionKeys.Random()), 7777, "ann", "student");
}
