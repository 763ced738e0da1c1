namespace Metaverse.Server.Storage;

/// <summary>
/// One queued write. <see cref="Execute"/> runs on the writer's task inside the batch transaction; the
/// caller's task completes only after that transaction commits (or the request fails).
/// </summary>
internal abstract class WriteRequest
{
    private readonly TaskCompletionSource<WriteResult> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<WriteResult> Completion => _completion.Task;

    /// <summary>
    /// Does the write. Expected failures return a failed <see cref="WriteResult"/> and must leave the database
    /// unchanged; an exception rolls back just this request (a savepoint) and is handed to the caller.
    /// </summary>
    public abstract WriteResult Execute(WriteContext context);

    public void Complete(WriteResult result) => _completion.TrySetResult(result);

    public void Fail(Exception error) => _completion.TrySetException(error);
}
