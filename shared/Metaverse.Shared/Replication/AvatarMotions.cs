using System.Runtime.CompilerServices;

namespace Metaverse.Shared.Replication;

/// <summary>
/// Where the avatars of one snapshot are predicted from (see <see cref="AvatarSnapshotCodec"/>), looked up in the
/// history as the codec walks ids in increasing order. From the recent snapshots: each avatar's distinct poses in
/// the baseline and the two snapshots before it, which the receiver is known to hold. Otherwise from the avatar's
/// own chain: the pose its baseline entity names as previous, and the one that pose's entity names.
/// </summary>
internal struct AvatarMotions(IAvatarSnapshotHistory history, uint recentBaselineTick)
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

        // The avatar as held in the two snapshots before the baseline: the first older pose is the previous one, and
        // an older pose still in the snapshot before it the one before that.
        ref readonly var first = ref _held.In(recentBaselineTick - 1, held.EntityId);
        if (Unsafe.IsNullRef(in first))
        {
            return null;
        }

        var firstIsOlder = first.PoseTick < held.PoseTick;
        ref readonly var second = ref _held.In(recentBaselineTick - 2, held.EntityId);
        if (firstIsOlder)
        {
            return Motion(held, tick, first, second, hasOlder: !Unsafe.IsNullRef(in second) && second.PoseTick < first.PoseTick);
        }

        return !Unsafe.IsNullRef(in second) && second.PoseTick < held.PoseTick ? Motion(held, tick, second, second, hasOlder: false) : null;
    }

    private AvatarMotion? FromChain(in AvatarEntity held, uint tick)
    {
        if (!AvatarSnapshotCodec.CanPredict(held, tick))
        {
            return null;
        }

        ref readonly var previous = ref _held.In(held.PreviousPoseTick, held.EntityId);
        if (Unsafe.IsNullRef(in previous) || previous.PoseTick != held.PreviousPoseTick)
        {
            return null;
        }

        ref readonly var older = ref previous.PreviousPoseTick != 0 ? ref _held.In(previous.PreviousPoseTick, held.EntityId) : ref Unsafe.NullRef<AvatarEntity>();
        return Motion(held, tick, previous, older, hasOlder: !Unsafe.IsNullRef(in older) && older.PoseTick == previous.PreviousPoseTick);
    }

    /// <summary>
    /// The motion through the three poses, or the two when there is no older pose (<paramref name="older"/> is then not
    /// read) or it is too far back; null when a span is out of range.
    /// </summary>
    private static AvatarMotion? Motion(in AvatarEntity held, uint tick, in AvatarEntity previous, in AvatarEntity older, bool hasOlder)
    {
        const uint MaxSpan = AvatarSnapshotCodec.MaxPredictionSpanTicks;
        var between = held.PoseTick - previous.PoseTick;
        if (between is < 1 or > MaxSpan)
        {
            return null;
        }

        var ahead = (int)(tick - held.PoseTick);
        return hasOlder && previous.PoseTick - older.PoseTick is var before and >= 1 and <= MaxSpan
            ? new AvatarMotion(previous.Pose, (int)between, ahead, older.Pose, (int)before)
            : new AvatarMotion(previous.Pose, (int)between, ahead);
    }
}
