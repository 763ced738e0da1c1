using Microsoft.Data.Sqlite;

namespace Metaverse.Server.Tests.Storage;

public sealed class AuditTriggerTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Update_of_an_audit_row_is_refused()
    {
        await _db.AppendAsync(2);

        var error = Assert.Throws<SqliteException>(() => _db.Execute("UPDATE audit SET reason = 'nothing happened' WHERE seq = 1;"));

        Assert.Contains("audit is append-only", error.Message, StringComparison.Ordinal);
        Assert.Equal("batch 1 needs more flow", _db.Scalar("SELECT reason FROM audit WHERE seq = 1;"));
    }

    [Fact]
    public async Task Delete_of_an_audit_row_is_refused()
    {
        await _db.AppendAsync(2);

        var error = Assert.Throws<SqliteException>(() => _db.Execute("DELETE FROM audit WHERE seq = 2;"));

        Assert.Contains("audit is append-only", error.Message, StringComparison.Ordinal);
        Assert.Equal(2L, _db.Scalar("SELECT count(*) FROM audit;"));
    }
}
