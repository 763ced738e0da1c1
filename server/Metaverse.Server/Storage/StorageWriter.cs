using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace Metaverse.Server.Storage;

/// <summary>
/// The only writer of the database file. Callers on any thread queue requests; one background task owns the
/// write connection, drains up to <see cref="StorageWriterOptions.MaxBatch"/> queued requests into one
/// transaction (group commit), commits it with <c>synchronous=FULL</c>, and only then completes the callers'
/// tasks. So when an <c>await</c> returns success, the write is on disk and visible to new readers.
/// </summary>
/// <remarks>
/// Latency: the writer never waits to fill a batch. It takes whatever is queued when the previous commit
/// finishes, so an idle writer commits a lone request at once and a busy one amortises one fsync over many
/// requests. A request waits for the commit in progress, the batches queued ahead of it (each at most
/// <see cref="StorageWriterOptions.MaxBatch"/> requests) and its own batch's commit; nothing waits on a timer.
/// </remarks>
internal sealed class StorageWriter : IAsyncDisposable
{
    private readonly Channel<WriteRequest> _queue;
    private readonly SqliteConnection _connection;
    private readonly WriteContext _context;
    private readonly int _maxBatch;
    private readonly Task _loop;

    private StorageWriter(SqliteConnection connection, string path, StorageWriterOptions options)
    {
        Path = path;
        _connection = connection;
        _maxBatch = options.MaxBatch;
        _context = new WriteContext(connection, options.Clock);
        _queue = Channel.CreateBounded<WriteRequest>(new BoundedChannelOptions(options.QueueCapacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _loop = Task.Run(RunAsync);
    }

    /// <summary>The path of the database file.</summary>
    public string Path { get; }

    /// <summary>Opens (creating and migrating as needed) the file at <paramref name="path"/> and starts the writer task.</summary>
    /// <exception cref="StorageSchemaException">The file's schema is newer than this build knows.</exception>
    public static StorageWriter Open(string path, StorageWriterOptions? options = null)
    {
        options ??= new StorageWriterOptions();
        options.Validate();
        var fullPath = System.IO.Path.GetFullPath(path);
        var connection = DatabaseFile.OpenForWriting(fullPath);
        try
        {
            return new StorageWriter(connection, fullPath, options);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Appends <paramref name="record"/> to the audit chain. Completes after the commit with the record's
    /// <c>seq</c>, or at once with a failure naming the invalid field.
    /// </summary>
    /// <param name="record">What happened.</param>
    /// <param name="cancellationToken">Cancels only the wait for queue space; a queued request is always written.</param>
    /// <exception cref="ObjectDisposedException">The writer has been shut down.</exception>
    public Task<WriteResult> AppendAuditAsync(AuditRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Validate() is { } invalid
            ? Task.FromResult(invalid)
            : EnqueueAsync(new AppendAuditRequest(record), cancellationToken);
    }

    /// <summary>Creates a user or changes the role of an existing one; the result's id is the user's id.</summary>
    /// <exception cref="ObjectDisposedException">The writer has been shut down.</exception>
    public Task<WriteResult> UpsertUserAsync(string name, string role, CancellationToken cancellationToken = default) =>
        (FieldRules.Required("name", name) ?? FieldRules.Required("role", role)) is { } invalid
            ? Task.FromResult(invalid)
            : EnqueueAsync(new UpsertUserRequest(name, role), cancellationToken);

    /// <summary>Creates a room; fails on <c>name</c> when the name is taken. The result's id is the room's id.</summary>
    /// <exception cref="ObjectDisposedException">The writer has been shut down.</exception>
    public Task<WriteResult> CreateRoomAsync(string name, CancellationToken cancellationToken = default) =>
        FieldRules.Required("name", name) is { } invalid
            ? Task.FromResult(invalid)
            : EnqueueAsync(new CreateRoomRequest(name), cancellationToken);

    /// <summary>Saves (replacing) the full state of each twin given, for a restart to restore.</summary>
    /// <exception cref="ObjectDisposedException">The writer has been shut down.</exception>
    public Task<WriteResult> SaveTwinStatesAsync(IReadOnlyList<SavedTwin> twins, CancellationToken cancellationToken = default) =>
        EnqueueAsync(new SaveTwinStatesRequest(twins), cancellationToken);

    /// <summary>
    /// Stops accepting requests, writes and commits everything already queued, completes every pending
    /// task and closes the file. Safe to call more than once and from several threads.
    /// </summary>
    public async Task CompleteAsync()
    {
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync() => await CompleteAsync().ConfigureAwait(false);

    /// <summary>
    /// Queues <paramref name="request"/>. When there is room (the usual case) the caller gets the request's own
    /// completion task, which is complete by the time <see cref="CompleteAsync"/> returns.
    /// </summary>
    private Task<WriteResult> EnqueueAsync(WriteRequest request, CancellationToken cancellationToken) =>
        _queue.Writer.TryWrite(request) ? request.Completion : EnqueueWhenRoomAsync(request, cancellationToken);

    private async Task<WriteResult> EnqueueWhenRoomAsync(WriteRequest request, CancellationToken cancellationToken)
    {
        try
        {
            await _queue.Writer.WriteAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (ChannelClosedException e)
        {
            throw ShutDown(e);
        }

        return await request.Completion.ConfigureAwait(false);
    }

    private ObjectDisposedException ShutDown(Exception? inner = null) =>
        new($"storage writer for '{Path}' has been shut down; the request was not written", inner);

    private async Task RunAsync()
    {
        var batch = new List<WriteRequest>(_maxBatch);
        try
        {
            while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
            {
                while (batch.Count < _maxBatch && _queue.Reader.TryRead(out var request))
                {
                    batch.Add(request);
                }

                CommitBatch(batch);
                batch.Clear();
            }
        }
        finally
        {
            // Normally the queue is empty here; this only matters if the loop itself broke, so that no caller waits forever.
            _queue.Writer.TryComplete();
            var error = ShutDown();
            foreach (var request in batch)
            {
                request.Fail(error);
            }

            while (_queue.Reader.TryRead(out var left))
            {
                left.Fail(error);
            }

            _context.Dispose();
            _connection.Dispose();
        }
    }

    /// <summary>
    /// Runs <paramref name="batch"/> in one transaction, each request under its own savepoint so one failing
    /// request does not sink the others, then completes the callers. The chain head is re-read at the start of
    /// every transaction, so a rolled-back batch can never leave a gap in <c>seq</c>.
    /// </summary>
    private void CommitBatch(List<WriteRequest> batch)
    {
        var results = new WriteResult?[batch.Count];
        var errors = new Exception?[batch.Count];
        SqliteTransaction? transaction = null;
        try
        {
            transaction = _connection.BeginTransaction(deferred: false);
            _context.Transaction = transaction;
            _context.ReloadHead();
            for (var i = 0; i < batch.Count; i++)
            {
                transaction.Save("request");
                try
                {
                    results[i] = batch[i].Execute(_context);
                    transaction.Release("request");
                }
                catch (SqliteException e)
                {
                    transaction.Rollback("request");
                    transaction.Release("request");
                    _context.ReloadHead();
                    errors[i] = e;
                }
            }

            transaction.Commit();
        }
        catch (Exception e)
        {
            RollBackQuietly(transaction);
            foreach (var request in batch)
            {
                request.Fail(e);
            }

            return;
        }
        finally
        {
            _context.Transaction = null;
            DisposeQuietly(transaction);
        }

        for (var i = 0; i < batch.Count; i++)
        {
            if (errors[i] is { } error)
            {
                batch[i].Fail(error);
            }
            else
            {
                batch[i].Complete(results[i]!);
            }
        }
    }

    private static void DisposeQuietly(SqliteTransaction? transaction)
    {
        try
        {
            transaction?.Dispose();
        }
        catch (Exception)
        {
            // Dispose rolls back an unfinished transaction; see RollBackQuietly for why that may fail harmlessly.
        }
    }

    private static void RollBackQuietly(SqliteTransaction? transaction)
    {
        try
        {
            transaction?.Rollback();
        }
        catch (Exception)
        {
            // SQLite may already have rolled the transaction back itself (e.g. on an I/O error); nothing is left to undo.
        }
    }
}
