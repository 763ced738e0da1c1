using Metaverse.Server.Auth;

namespace Metaverse.Server.Tests.Auth;

public sealed class TokenServiceTests
{
    private static readonly byte[] Key = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();

    [Fact]
    public void An_issued_token_opens_to_its_name_role_and_keys_and_fits_one_connect_request()
    {
        var tokens = new TokenService(Key, new FixedClock(DateTimeOffset.Parse("2026-11-22T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture)), TimeSpan.FromHours(1));

        var issued = tokens.Issue(new string('é', LoginRequest.MaxNameLength), "pharmacologist");
        var opened = tokens.Open(issued.Token);

        Assert.Null(opened.Refusal);
        Assert.Equal(issued.Session, opened.Session);
        Assert.Equal(issued.Keys.ClientToServer, opened.Keys!.ClientToServer);
        Assert.Equal(issued.Keys.ServerToClient, opened.Keys.ServerToClient);
        Assert.True(issued.Token.Length <= 256, $"token of {issued.Token.Length} bytes does not fit a connect request comfortably");
    }

    [Fact]
    public void A_token_hides_the_name_and_keys_it_carries()
    {
        var tokens = new TokenService(Key, TimeProvider.System, TimeSpan.FromHours(1));

        var issued = tokens.Issue("grace-hopper", "operator");

        Assert.Equal(-1, issued.Token.AsSpan().IndexOf("grace-hopper"u8));
        Assert.Equal(-1, issued.Token.AsSpan().IndexOf(issued.Keys.ClientToServer.AsSpan(0, 8)));
        Assert.Equal(-1, issued.Token.AsSpan().IndexOf(issued.Keys.ServerToClient.AsSpan(0, 8)));
    }

    [Fact]
    public void An_expired_token_is_refused_saying_when_it_expired_with_its_keys_to_seal_the_refusal()
    {
        var clock = new FixedClock(DateTimeOffset.Parse("2026-11-22T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var tokens = new TokenService(Key, clock, TimeSpan.FromHours(1));
        var issued = tokens.Issue("ada", "operator");

        clock.Now += TimeSpan.FromHours(1);
        var opened = tokens.Open(issued.Token);

        Assert.Null(opened.Session);
        Assert.NotNull(opened.Keys);
        Assert.Equal("token expired at 2026-11-22 11:00:00Z: log in again", opened.Refusal);
    }

    [Fact]
    public void A_token_from_another_key_or_with_any_byte_changed_does_not_open()
    {
        var clock = new FixedClock(DateTimeOffset.UnixEpoch.AddYears(56));
        var issued = new TokenService(Key, clock, TimeSpan.FromHours(1)).Issue("ada", "operator");
        var other = new TokenService(Key.Reverse().ToArray(), clock, TimeSpan.FromHours(1));
        var tokens = new TokenService(Key, clock, TimeSpan.FromHours(1));

        Assert.Null(other.Open(issued.Token).Keys);
        for (var i = 0; i < issued.Token.Length; i++)
        {
            var altered = issued.Token.ToArray();
            altered[i] ^= 0x10;
            var opened = tokens.Open(altered);
            Assert.True(opened.Session is null && opened.Keys is null, $"a change in byte {i} went unnoticed");
        }
    }

    [Fact]
    public void A_token_is_used_once_and_forgotten_only_after_it_expired()
    {
        var clock = new FixedClock(DateTimeOffset.UnixEpoch.AddYears(56));
        var tokens = new TokenService(Key, clock, TimeSpan.FromMinutes(1));
        var first = tokens.Issue("ada", "operator").Session;

        Assert.True(tokens.TryUse(first));
        Assert.False(tokens.TryUse(first));
        for (var i = 0; i < 1100; i++)
        {
            Assert.True(tokens.TryUse(tokens.Issue($"u{i}", "operator").Session));
        }

        Assert.False(tokens.TryUse(first));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
