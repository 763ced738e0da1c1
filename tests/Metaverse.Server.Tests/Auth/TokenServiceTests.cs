using Metaverse.Server.Auth;

namespace Metaverse.Server.Tests.Auth;

public sealed class TokenServiceTests
{
    private static readonly byte[] Key = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();

    [Fact]
    public void An_issued_token_checks_out_with_its_name_and_role_and_fits_the_connect_data()
    {
        var tokens = new TokenService(Key, new FixedClock(DateTimeOffset.Parse("2026-11-22T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture)), TimeSpan.FromHours(1));

        var (token, issued) = tokens.Issue(new string('x', LoginRequest.MaxNameLength), "pharmacologist");
        var (session, refusal) = tokens.Check(token);

        Assert.Null(refusal);
        Assert.Equal(issued, session);
        Assert.True(token.Length <= 160, $"token of {token.Length} bytes exceeds the 160-byte connect data");
    }

    [Fact]
    public void An_expired_token_is_refused_saying_when_it_expired()
    {
        var clock = new FixedClock(DateTimeOffset.Parse("2026-11-22T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var tokens = new TokenService(Key, clock, TimeSpan.FromHours(1));
        var (token, _) = tokens.Issue("ada", "operator");

        clock.Now += TimeSpan.FromHours(1);
        var (session, refusal) = tokens.Check(token);

        Assert.Null(session);
        Assert.Equal("token expired at 2026-11-22 11:00:00Z: log in again", refusal);
    }

    [Fact]
    public void A_token_from_another_key_or_with_any_byte_changed_is_refused()
    {
        var clock = new FixedClock(DateTimeOffset.UnixEpoch.AddYears(56));
        var (token, _) = new TokenService(Key, clock, TimeSpan.FromHours(1)).Issue("ada", "operator");
        var other = new TokenService(Key.Reverse().ToArray(), clock, TimeSpan.FromHours(1));
        var tokens = new TokenService(Key, clock, TimeSpan.FromHours(1));

        Assert.NotNull(other.Check(token).Refusal);
        for (var i = 0; i < token.Length; i++)
        {
            var altered = token.ToArray();
            altered[i] ^= 0x10;
            Assert.True(tokens.Check(altered).Session is null, $"a change in byte {i} went unnoticed");
        }
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
