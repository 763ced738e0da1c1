namespace Metaverse.Shared.Replication;

/// <summary>
/// Where the avatars of one snapshot are predicted from (see <see cref="AvatarSnapshotCodec"/>), looked up in the
/// history as the codec walks ids in increasing order. From the recent snapshots: each avatar's distinct poses in
/// the baseline and the two snapshots before it, which the receiver is known to hold. Otherwise from the avatar's
/// own chain: the pose its baseline entity names as previous, and the one that pose's entity names. Without
/// <c>curves</c>, only the previous pose: straight lines.
/// </summary>
internal struct AvatarMotions(IAvatarSnapshotHistory history, uint recentBaselineTick, bool curves)
{
    private HeldAvatars _held = new(history);

    /// <summary>True when the receiver holds the two snapshots before <paramref name="baselineTick"/> (and the baseline's tick leaves room for them).</summary>
    public static bool HoldsRecent(IAvatarSnapshotHistory history, uint baselineTick) =>
        baselineTick > 2 && history.TryGet(baselineTick - 1, out _) && history.TryGet(baselineTick - 2, out _);

    /// <summary>What <paramref name="held"/> (an avatar of the baseline) is predicted from in the snapshot of <paramref name="tick"/>; null when nothing.</summary>
    public AvatarMotion? For(in AvatarEntity held, uint tick) =>
        recentBaselineTick != 0 ? FromRecent(held, tick) : FromChain(held, tick);

    private AvatarMotion? FromRecent(in AvatarEntity held, uint tick)
    {
        if (tick - held.PoseTick is < 1 or > AvatarSnapshotCodec.MaxPredictionSpanTicks)
        {
            return null;
        }

        // The poses the avatar had in the two snapshots before the baseline, newest first, each older than the last.
        AvatarEntity previous = default, older = default;
        var found = 0;
        var wanted = curves ? 2 : 1;
        for (var back = 1u; back <= 2 && found < wanted && _held.TryGetIn(recentBaselineTick - back, held.EntityId, out var entity); back++)
        {
            if (entity.PoseTick < (found == 0 ? held.PoseTick : previous.PoseTick))
            {
                (previous, older) = found == 0 ? (entity, older) : (previous, entity);
                found++;
            }
        }

        return found == 0 ? null : Motion(held, tick, previous, found == 2 ? older : null);
    }

    private AvatarMotion? FromChain(in AvatarEntity held, uint tick)
    {
        if (!AvatarSnapshotCodec.CanPredict(held, tick) || !_held.TryGet(held.PreviousPoseTick, held.EntityId, out var previous))
        {
            return null;
        }

        return Motion(held, tick, previous, curves && previous.PreviousPoseTick != 0 && _held.TryGet(previous.PreviousPoseTick, held.EntityId, out var older) ? older : null);
    }

    /// <summary>The motion through the three poses, or the two when the older is missing or too far back; null when a span is out of range.</summary>
    private static AvatarMotion? Motion(in AvatarEntity held, uint tick, in AvatarEntity previous, AvatarEntity? older)
    {
        const uint MaxSpan = AvatarSnapshotCodec.MaxPredictionSpanTicks;
        var between = held.PoseTick - previous.PoseTick;
        if (between is < 1 or > MaxSpan)
        {
            return null;
        }

        var ahead = (int)(tick - held.PoseTick);
        return older is { } o && previous.PoseTick - o.PoseTick is var before and >= 1 and <= MaxSpan
            ? new AvatarMotion(previous.Pose, (int)between, ahead, o.Pose, (int)before)
            : new AvatarMotion(previous.Pose, (int)between, ahead);
    }
}
