using Metaverse.Server.Storage;

namespace Metaverse.Server.Tests.Storage;

public sealed class MigrationTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task New_file_is_created_with_its_directory_at_the_latest_version_with_every_table()
    {
        Assert.False(Directory.Exists(Path.GetDirectoryName(_db.Path)));

        await using (_db.OpenWriter())
        {
        }

        Assert.True(File.Exists(_db.Path));
        Assert.Equal((long)Migrations.LatestVersion, _db.Scalar("PRAGMA user_version;"));
        Assert.Equal("wal", _db.Scalar("PRAGMA journal_mode;"));
        foreach (var table in new[] { "users", "rooms", "audit" })
        {
            Assert.Equal(1L, _db.Scalar($"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{table}';"));
        }
    }

    [Fact]
    public async Task Reopening_a_migrated_file_changes_nothing()
    {
        await _db.AppendAsync(3);
        var schemaBefore = _db.Scalar("SELECT group_concat(sql, ';') FROM sqlite_master;");

        await _db.AppendAsync(0);

        Assert.Equal((long)Migrations.LatestVersion, _db.Scalar("PRAGMA user_version;"));
        Assert.Equal(schemaBefore, _db.Scalar("SELECT group_concat(sql, ';') FROM sqlite_master;"));
        Assert.Equal(3L, _db.Scalar("SELECT count(*) FROM audit;"));
    }

    [Fact]
    public async Task File_from_a_newer_build_is_refused_naming_both_versions()
    {
        await _db.AppendAsync(0);
        var future = Migrations.LatestVersion + 5;
        _db.Execute($"PRAGMA user_version = {future};");

        var error = Assert.Throws<StorageSchemaException>(() => StorageWriter.Open(_db.Path));

        Assert.Contains($"schema version {future}", error.Message, StringComparison.Ordinal);
        Assert.Contains($"versions up to {Migrations.LatestVersion}", error.Message, StringComparison.Ordinal);
        Assert.Throws<StorageSchemaException>(() => AuditVerifier.Verify(_db.Path));
    }

    [Fact]
    public void Steps_run_in_order_from_the_files_version_each_in_its_own_transaction()
    {
        Migration[] steps =
        [
            new(1, "one", "CREATE TABLE one (x INTEGER);"),
            new(2, "two", "CREATE TABLE two (x INTEGER);"),
            new(3, "three", "CREATE TABLE three (x INTEGER); CREATE TABLE broken (;"),
        ];
        Directory.CreateDirectory(Path.GetDirectoryName(_db.Path)!);
        using var connection = _db.OpenRaw();

        Assert.Equal(2, Migrator.Apply(connection, _db.Path, steps[..2]));
        Assert.ThrowsAny<Exception>(() => Migrator.Apply(connection, _db.Path, steps));

        Assert.Equal(2L, _db.Scalar("PRAGMA user_version;"));
        Assert.Equal(0L, _db.Scalar("SELECT count(*) FROM sqlite_master WHERE name = 'three';"));
    }

    [Fact]
    public void Versions_of_the_shipped_steps_are_1_to_n_without_gaps()
    {
        Assert.Equal(Enumerable.Range(1, Migrations.All.Count), Migrations.All.Select(m => m.Version));
    }
}
