using Metaverse.Server.Storage;

namespace Metaverse.Server.Tests.Storage;

public sealed class StorageWriterTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Record_is_visible_to_another_connection_as_soon_as_its_await_returns()
    {
        await using var writer = _db.OpenWriter();

        for (var i = 1; i <= 20; i++)
        {
            var result = await writer.AppendAuditAsync(TempDatabase.Sample(i)).WaitAsync(TempDatabase.Deadline);

            Assert.Equal(1L, _db.Scalar($"SELECT count(*) FROM audit WHERE seq = {result.Id} AND target = 'valve-{i}';"));
        }
    }

    [Fact]
    public async Task Shutdown_writes_everything_queued_and_completes_every_await()
    {
        var writer = _db.OpenWriter(new StorageWriterOptions { MaxBatch = 7 });
        var pending = Enumerable.Range(1, 500).Select(i => writer.AppendAuditAsync(TempDatabase.Sample(i))).ToList();

        await writer.DisposeAsync().AsTask().WaitAsync(TempDatabase.Deadline);

        Assert.All(pending, t => Assert.True(t.IsCompletedSuccessfully, "every await completed by the end of shutdown"));
        var results = await Task.WhenAll(pending);
        Assert.All(results, r => Assert.True(r.Succeeded, r.ToString()));
        Assert.Equal(Enumerable.Range(1, 500).Select(i => (long)i), results.Select(r => r.Id));
        Assert.Equal(500L, _db.Scalar("SELECT count(*) FROM audit;"));
        Assert.Equal(new AuditVerification.Ok(500), AuditVerifier.Verify(_db.Path));
    }

    [Fact]
    public async Task Request_after_shutdown_fails_saying_the_writer_is_shut_down()
    {
        var writer = _db.OpenWriter();
        await writer.CompleteAsync().WaitAsync(TempDatabase.Deadline);

        var error = await Assert.ThrowsAsync<ObjectDisposedException>(() => writer.AppendAuditAsync(TempDatabase.Sample(1)).WaitAsync(TempDatabase.Deadline));

        Assert.Contains("shut down", error.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => writer.CreateRoomAsync("lab").WaitAsync(TempDatabase.Deadline));
        await writer.DisposeAsync().AsTask().WaitAsync(TempDatabase.Deadline);
    }

    [Fact]
    public async Task Duplicate_room_fails_on_name_without_failing_the_requests_batched_with_it()
    {
        using var clock = new GatedClock();
        var writer = _db.OpenWriter(new StorageWriterOptions { Clock = clock });
        WriteResult[] results;
        await using (writer)
        {
            // The writer is held inside the first batch, so the next three queue up and share the second transaction.
            var blocker = writer.AppendAuditAsync(TempDatabase.Sample(1));
            Assert.True(clock.Entered.Wait(TempDatabase.Deadline), "writer started the first batch");
            var batched = Task.WhenAll(
                writer.CreateRoomAsync("tablet-line"),
                writer.CreateRoomAsync("tablet-line"),
                writer.AppendAuditAsync(TempDatabase.Sample(2)));
            clock.Open.Set();
            await blocker.WaitAsync(TempDatabase.Deadline);
            results = await batched.WaitAsync(TempDatabase.Deadline);
        }

        var (first, duplicate, audit) = (results[0], results[1], results[2]);
        Assert.True(first.Succeeded);
        Assert.Equal("name", duplicate.Field);
        Assert.Contains("already exists", duplicate.Error, StringComparison.Ordinal);
        Assert.Equal(2L, audit.Id);
        Assert.Equal(1L, _db.Scalar("SELECT count(*) FROM rooms;"));
    }

    [Fact]
    public async Task Upsert_user_creates_once_then_changes_the_role()
    {
        await using var writer = _db.OpenWriter();

        var created = await writer.UpsertUserAsync("alice", "viewer").WaitAsync(TempDatabase.Deadline);
        var updated = await writer.UpsertUserAsync("alice", "operator").WaitAsync(TempDatabase.Deadline);
        var invalid = await writer.UpsertUserAsync("bob", "").WaitAsync(TempDatabase.Deadline);

        Assert.Equal(created.Id, updated.Id);
        Assert.Equal("operator", _db.Scalar("SELECT role FROM users WHERE name = 'alice';"));
        Assert.Equal("role", invalid.Field);
        Assert.Equal(1L, _db.Scalar("SELECT count(*) FROM users;"));
    }

    [Fact]
    public async Task Rows_are_stamped_with_the_clock_in_iso_8601_utc()
    {
        var clock = new FixedClock(new DateTimeOffset(2025, 3, 4, 5, 6, 7, TimeSpan.FromHours(2)).AddTicks(1234567));
        await using (var writer = _db.OpenWriter(new StorageWriterOptions { Clock = clock }))
        {
            await writer.AppendAuditAsync(TempDatabase.Sample(1)).WaitAsync(TempDatabase.Deadline);
        }

        Assert.Equal("2025-03-04T03:06:07.1234567Z", _db.Scalar("SELECT utc FROM audit WHERE seq = 1;"));
    }

    /// <summary>The first reading blocks until <see cref="Open"/> is set, holding the writer inside its transaction.</summary>
    private sealed class GatedClock : TimeProvider, IDisposable
    {
        public ManualResetEventSlim Entered { get; } = new();

        public ManualResetEventSlim Open { get; } = new();

        public override DateTimeOffset GetUtcNow()
        {
            Entered.Set();
            Open.Wait(TempDatabase.Deadline);
            return base.GetUtcNow();
        }

        public void Dispose()
        {
            Entered.Dispose();
            Open.Dispose();
        }
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
