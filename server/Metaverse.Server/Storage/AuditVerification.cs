namespace Metaverse.Server.Storage;

/// <summary>The verdict of <see cref="AuditVerifier"/>: the whole chain is intact, or where it first breaks.</summary>
internal abstract record AuditVerification
{
    private AuditVerification()
    {
    }

    /// <summary>Every record from seq 1 to <paramref name="RecordCount"/> is present, hashes and links correctly.</summary>
    internal sealed record Ok(long RecordCount) : AuditVerification;

    /// <summary>The first bad record: <paramref name="Seq"/> and what is wrong with it.</summary>
    internal sealed record Broken(long Seq, string Reason) : AuditVerification;
}
