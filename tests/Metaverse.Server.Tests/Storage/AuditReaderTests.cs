using Metaverse.Server.Storage;

namespace Metaverse.Server.Tests.Storage;

public sealed class AuditReaderTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2025, 6, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Filters_combine_and_results_come_in_seq_order_with_limit_and_offset()
    {
        await SeedAsync();
        var reader = new AuditReader(_db.Path);

        var bobInLine2 = reader.Query(new AuditFilter { Actor = "bob", Room = "line-2" });
        var page = reader.Query(new AuditFilter { Action = "setpoint.change", Limit = 2, Offset = 1 });
        var window = reader.Query(new AuditFilter { FromUtc = Start.AddMinutes(3), ToUtc = Start.AddMinutes(6) });

        Assert.Equal([4L, 8L], bobInLine2.Select(e => e.Seq));
        Assert.Equal([2L, 3L], page.Select(e => e.Seq));
        Assert.Equal([4L, 5L, 6L], window.Select(e => e.Seq));
        Assert.All(window, e => Assert.EndsWith("Z", e.Utc, StringComparison.Ordinal));
    }

    [Fact]
    public void Limit_out_of_range_is_refused()
    {
        var reader = new AuditReader(_db.Path);

        Assert.Throws<ArgumentOutOfRangeException>(() => reader.Query(new AuditFilter { Limit = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => reader.Query(new AuditFilter { Limit = AuditFilter.MaxLimit + 1 }));
    }

    /// <summary>Eight records one minute apart; seq n at Start + (n - 1) min; bob writes the even ones, rooms alternate in pairs.</summary>
    private async Task SeedAsync()
    {
        var clock = new SteppingClock(Start, TimeSpan.FromMinutes(1));
        await using var writer = _db.OpenWriter(new StorageWriterOptions { Clock = clock });
        for (var i = 1; i <= 8; i++)
        {
            var record = TempDatabase.Sample(i) with
            {
                Actor = i % 2 == 0 ? "bob" : "alice",
                Room = (i - 1) / 2 % 2 == 0 ? "line-1" : "line-2",
                Action = i % 2 == 1 || i == 2 ? "setpoint.change" : "alarm.ack",
            };
            await writer.AppendAuditAsync(record).WaitAsync(TempDatabase.Deadline);
        }
    }

    /// <summary>Each reading is one step later than the last; only the writer's task reads it.</summary>
    private sealed class SteppingClock(DateTimeOffset first, TimeSpan step) : TimeProvider
    {
        private DateTimeOffset _next = first;

        public override DateTimeOffset GetUtcNow()
        {
            var now = _next;
            _next += step;
            return now;
        }
    }
}
