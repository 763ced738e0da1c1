namespace Metaverse.Server.Storage;

/// <summary>
/// Checks the audit hash chain from record 1 on: no seq is missing, each record's hash matches its recomputed
/// hash, and each prev_hash is the previous record's hash (64 zeros for record 1). Streams the rows, so memory
/// does not grow with the log. Records removed from the end of the log cannot be detected by the chain alone.
/// </summary>
internal static class AuditVerifier
{
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="StorageSchemaException">The file's schema version is not this build's.</exception>
    public static AuditVerification Verify(string path)
    {
        using var connection = DatabaseFile.OpenForReading(path);
        return Verify(AuditReader.ReadAll(connection));
    }

    /// <summary>Verifies <paramref name="entries"/>, which must be in ascending seq order.</summary>
    public static AuditVerification Verify(IEnumerable<AuditEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var count = 0L;
        var previousHash = AuditHash.Genesis;
        foreach (var entry in entries)
        {
            var expected = count + 1;
            if (entry.Seq != expected)
            {
                return new AuditVerification.Broken(expected, $"record {expected} missing");
            }

            if (!string.Equals(entry.ComputeHash(), entry.Hash, StringComparison.Ordinal))
            {
                return new AuditVerification.Broken(entry.Seq, "hash mismatch");
            }

            if (!string.Equals(entry.PrevHash, previousHash, StringComparison.Ordinal))
            {
                return new AuditVerification.Broken(entry.Seq, entry.Seq == 1
                    ? "prev_hash of record 1 is not 64 zeros"
                    : $"prev_hash does not match record {entry.Seq - 1}");
            }

            previousHash = entry.Hash;
            count = expected;
        }

        return new AuditVerification.Ok(count);
    }
}
