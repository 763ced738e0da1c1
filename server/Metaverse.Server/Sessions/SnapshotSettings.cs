using Metaverse.Server.Hosting;

namespace Metaverse.Server.Sessions;

/// <summary>
/// What every client's snapshot is planned within: the avatar budget (bytes per second), the tick rate,
/// how many nearest avatars a client is sent at most, the twin-value budget per snapshot (bytes), the
/// room size from which snapshots are composed in parallel, and how many clients are composed between two
/// reads of the network.
/// </summary>
internal sealed record SnapshotSettings(int BytesPerSecond, int TickHz, int InterestAvatars, int TwinBytesPerSnapshot, int ParallelFrom, int ClientsPerNetworkRead)
{
    /// <summary>A dense twin value: one-byte gap and a float32.</summary>
    private const int TwinValueBytes = 5;

    public static SnapshotSettings From(ServerOptions options) => new(
        options.AvatarBytesPerSecond,
        options.TickHz,
        options.InterestAvatars,
        Math.Max(TwinValueBytes, options.TwinBytesPerSecond / options.TickHz),
        options.ParallelSnapshotsFrom,
        options.SnapshotClientsPerNetworkRead);
}
