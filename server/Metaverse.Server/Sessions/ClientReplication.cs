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
    private uint[] _interest = [];
    private int _interestCount;

    /// <summary>The avatars this client is interested in now (see <see cref="NearestAvatars"/>).</summary>
    public ReadOnlySpan<uint> Interest => _interest.AsSpan(0, _interestCount);

    /// <summary>Registers avatars that came into interest and forgets those that left it.</summary>
    public void Track(ReadOnlySpan<uint> interest)
    {
        if (_interest.Length < interest.Length)
        {
            _interest = new uint[interest.Length * 2];
        }

        interest.CopyTo(_interest);
        _interestCount = interest.Length;
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
