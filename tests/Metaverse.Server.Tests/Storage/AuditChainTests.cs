using Metaverse.Server.Storage;

namespace Metaverse.Server.Tests.Storage;

public sealed class AuditChainTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Thousand_records_appended_from_eight_tasks_form_one_gapless_verified_chain()
    {
        const int Tasks = 8;
        const int PerTask = 125;
        var writer = _db.OpenWriter();
        long[][] seqs;
        await using (writer)
        {
            seqs = await Task.WhenAll(Enumerable.Range(0, Tasks).Select(t => Task.Run(async () =>
            {
                var mine = new long[PerTask];
                for (var i = 0; i < PerTask; i++)
                {
                    var result = await writer.AppendAuditAsync(TempDatabase.Sample((t * PerTask) + i));
                    Assert.True(result.Succeeded, result.ToString());
                    mine[i] = result.Id;
                }

                return mine;
            }))).WaitAsync(TempDatabase.Deadline);
        }

        foreach (var mine in seqs)
        {
            Assert.True(mine.Zip(mine.Skip(1)).All(p => p.First < p.Second), "each task's seqs increase strictly");
        }

        Assert.Equal(Enumerable.Range(1, Tasks * PerTask).Select(i => (long)i), seqs.SelectMany(s => s).Order());
        Assert.Equal(new AuditVerification.Ok(Tasks * PerTask), AuditVerifier.Verify(_db.Path));
    }

    [Fact]
    public async Task Empty_log_verifies_with_zero_records()
    {
        await _db.AppendAsync(0);

        Assert.Equal(new AuditVerification.Ok(0), AuditVerifier.Verify(_db.Path));
    }

    [Fact]
    public async Task Edited_field_is_reported_as_a_hash_mismatch_at_its_seq()
    {
        await _db.AppendAsync(20);

        _db.Tamper("UPDATE audit SET new_value = '99' WHERE seq = 13;");

        Assert.Equal(new AuditVerification.Broken(13, "hash mismatch"), AuditVerifier.Verify(_db.Path));
    }

    [Fact]
    public async Task Deleted_middle_row_is_reported_as_missing()
    {
        await _db.AppendAsync(20);

        _db.Tamper("DELETE FROM audit WHERE seq = 7;");

        Assert.Equal(new AuditVerification.Broken(7, "record 7 missing"), AuditVerifier.Verify(_db.Path));
    }

    [Fact]
    public async Task Edited_row_with_a_recomputed_hash_breaks_the_next_records_link()
    {
        await _db.AppendAsync(20);
        var row = AuditVerifierInput().Single(e => e.Seq == 13) with { NewValue = "99" };

        _db.Tamper($"UPDATE audit SET new_value = '99', hash = '{row.ComputeHash()}' WHERE seq = 13;");

        Assert.Equal(new AuditVerification.Broken(14, "prev_hash does not match record 13"), AuditVerifier.Verify(_db.Path));
    }

    [Fact]
    public async Task Appending_after_reopening_continues_the_chain()
    {
        await _db.AppendAsync(5);
        await _db.AppendAsync(5);

        Assert.Equal(new AuditVerification.Ok(10), AuditVerifier.Verify(_db.Path));
        Assert.Equal(10L, _db.Scalar("SELECT max(seq) FROM audit;"));
    }

    private IReadOnlyList<AuditEntry> AuditVerifierInput() =>
        new AuditReader(_db.Path).Query(new AuditFilter { Limit = AuditFilter.MaxLimit });
}
