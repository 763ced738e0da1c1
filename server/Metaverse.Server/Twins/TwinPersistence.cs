using Metaverse.Server.Rooms;
using Metaverse.Server.Storage;

namespace Metaverse.Server.Twins;

/// <summary>
/// Twins of the default room outlive the process: their snapshots are saved (every minute and on a
/// clean stop) and restored when the server starts on the same database. Rooms themselves are not yet
/// restored, so only the default room's twins are saved. Simulation thread only.
/// </summary>
internal static class TwinPersistence
{
    /// <summary>The default room's twins as rows to save.</summary>
    public static IReadOnlyList<SavedTwin> Collect(RoomRegistry rooms) =>
        [.. rooms.Default.Twins.All.Select(t => new SavedTwin(rooms.Default.Name, t.Id, t.Twin.Snapshot()))];

    /// <summary>
    /// Restores each saved twin into the default room: into the running twin of the same id and kind,
    /// else as a new twin of its kind. Returns one line per twin that could not be restored (unknown
    /// kind, or a snapshot its model refuses); those keep their fresh state and their saved row is left as it is.
    /// </summary>
    public static IReadOnlyList<string> Restore(RoomRegistry rooms, TwinKinds kinds, IReadOnlyList<SavedTwin> saved, int tickHz)
    {
        var problems = new List<string>();
        foreach (var row in saved)
        {
            var running = rooms.Default.Twins.Find(row.TwinId);
            if (running is not null && running.Kind.Name == row.Snapshot.Kind)
            {
                if (running.Twin.Restore(row.Snapshot) is { } error)
                {
                    problems.Add($"{row.TwinId}: {error}");
                }

                continue;
            }

            var kind = kinds.Find(row.Snapshot.Kind);
            var (twin, rebuildError) = kind is null || running is not null ? (null, null) : kind.Rebuild(row.Snapshot);
            if (twin is null)
            {
                problems.Add($"{row.TwinId}: {rebuildError?.ToString() ?? $"kind '{row.Snapshot.Kind}' is not hosted here or the id is taken"}");
                continue;
            }

            rooms.Default.Twins.Add(new HostedTwin(row.TwinId, twin, kind!, tickHz));
        }

        return problems;
    }
}
