using Metaverse.Server.Storage;

namespace Metaverse.Server.Tests.Storage;

public sealed class AuditHashTests
{
    private const string Utc = "2025-01-31T12:34:56.1234567Z";

    [Fact]
    public void Hash_is_64_lowercase_hex_chars_and_genesis_is_64_zeros()
    {
        var hash = Hash(target: "x");

        Assert.Matches("^[0-9a-f]{64}$", hash);
        Assert.Equal(new string('0', 64), AuditHash.Genesis);
    }

    [Fact]
    public void Moving_a_separator_between_fields_changes_the_hash()
    {
        Assert.NotEqual(Hash(target: "a|b", oldValue: ""), Hash(target: "a", oldValue: "|b"));
    }

    [Fact]
    public void Null_and_empty_fields_hash_differently()
    {
        Assert.NotEqual(Hash(target: null), Hash(target: ""));
    }

    [Fact]
    public void Every_input_changes_the_hash()
    {
        var baseline = Hash(target: "x");

        Assert.NotEqual(baseline, AuditHash.Compute(2, Utc, "alice", null, null, "act", "x", null, null, "why", AuditHash.Genesis));
        Assert.NotEqual(baseline, AuditHash.Compute(1, Utc, "alice", null, null, "act", "x", null, null, "why", new string('1', 64)));
        Assert.NotEqual(baseline, AuditHash.Compute(1, Utc, "alice", null, null, "act", "x", null, null, "why!", AuditHash.Genesis));
    }

    private static string Hash(string? target, string? oldValue = null) =>
        AuditHash.Compute(1, Utc, "alice", null, null, "act", target, oldValue, null, "why", AuditHash.Genesis);
}
