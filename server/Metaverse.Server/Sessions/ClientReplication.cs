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

    /// <summary>
    /// Ticks between recomputations of the nearest avatars once the room holds more than the interest limit:
    /// people move a few centimetres a tick, so the set changes slowly, and recomputing it every tick for every
    /// client cost about a fifth of the tick at 500 clients. Staggered by client id so the work spreads evenly.
    /// </summary>
    public const int InterestPeriodTicks = 4;

    private readonly HashSet<uint> _current = [];
    private uint[] _interest = [];
    private int _interestCount;
    private bool _tracked;

    /// <summary>The avatars this client is interested in now, in ascending id order (see <see cref="NearestAvatars"/>).</summary>
    public ReadOnlySpan<uint> Interest => _interest.AsSpan(0, _interestCount);

    /// <summary>
    /// Whether the interest must be recomputed this tick: never computed yet; a room small enough that everyone
    /// is in it (so a newcomer shows at once); the client's turn in the <see cref="InterestPeriodTicks"/> cycle;
    /// or an avatar of the interest has left the room.
    /// </summary>
    public bool InterestDue(uint tick, uint clientId, RoomHeads heads, int limit)
    {
        if (!_tracked || heads.Count <= limit + 1 || (tick + clientId) % InterestPeriodTicks == 0)
        {
            return true;
        }

        foreach (var id in Interest)
        {
            if (!heads.TryGetIndex(id, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Takes <paramref name="interest"/> (ascending ids) as the interest: registers avatars that came into it and forgets those that left it.</summary>
    public void Track(ReadOnlySpan<uint> interest)
    {
        if (_interest.Length < interest.Length)
        {
            _interest = new uint[interest.Length * 2];
        }

        interest.CopyTo(_interest);
        _interestCount = interest.Length;
        _tracked = true;
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
