using Metaverse.Server.Storage;
using Microsoft.Extensions.Hosting;

namespace Metaverse.Server.Hosting;

/// <summary>
/// Flushes the storage writer when the host stops. Registered before the simulation, so it stops after
/// it: whatever the last tick queued is committed before the process exits.
/// </summary>
internal sealed class StorageService(StorageWriter writer) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => writer.CompleteAsync();
}
