using Metaverse.Shared.Replication;

namespace Metaverse.Server.Sessions;

/// <summary>
/// One client's share of the room: a priority scheduler over the other avatars and the byte budget it
/// plans within, each tick. Avatars not chosen this tick keep the pose the client already has.
/// </summary>
internal sealed class ClientReplication(int bytesPerSecond, int tickHz)
{
    private readonly HashSet<uint> _registered = [];

    public ReplicationScheduler Scheduler { get; } = new();

    public ReplicationSchedulerBudget Budget { get; } = new(bytesPerSecond, tickHz);

    private readonly HashSet<uint> _current = [];

    /// <summary>The avatars this client is interested in now (see <see cref="NearestAvatars"/>).</summary>
    public IReadOnlySet<uint> Interest => _current;

    /// <summary>Registers avatars that came into interest and forgets those that left it.</summary>
    public void Track(ReadOnlySpan<uint> interest)
    {
        _current.Clear();
        foreach (var id in interest)
        {
            _current.Add(id);
            if (_registered.Add(id))
            {
                Scheduler.Register(id);
            }
        }

        _registered.RemoveWhere(id =>
        {
            var gone = !_current.Contains(id);
            if (gone)
            {
                Scheduler.Unregister(id);
            }

            return gone;
        });
    }
}
