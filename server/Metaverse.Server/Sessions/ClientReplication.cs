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

    /// <summary>Registers avatars that appeared and forgets those that left.</summary>
    public void Track(IReadOnlyDictionary<uint, QuantizedAvatarPose> avatars, uint self)
    {
        foreach (var id in avatars.Keys)
        {
            if (id != self && _registered.Add(id))
            {
                Scheduler.Register(id);
            }
        }

        _registered.RemoveWhere(id =>
        {
            var gone = !avatars.ContainsKey(id);
            if (gone)
            {
                Scheduler.Unregister(id);
            }

            return gone;
        });
    }
}
