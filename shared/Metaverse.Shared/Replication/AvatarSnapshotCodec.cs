using System.Buffers;
using System.Diagnostics.CodeAnalysis;

namespace Metaverse.Shared.Replication;

/// <summary>
/// Bit-packs the avatars of a snapshot against a baseline snapshot the client holds (the last one
/// it acknowledged), for the opaque <c>Snapshot.avatars</c> field.
/// <para>
/// Layout, in <see cref="BitWriter"/> bit order:
/// 1 bit "has baseline"; 1 bit "uses prediction"; when it does, 1 bit "from the recent snapshots". Then, for
/// each baseline avatar in id order:
/// 0 = unchanged; 10 = changed, followed by an <see cref="AvatarDeltaCodec"/> delta; 11 = removed.
/// Then the added avatars: their count (Exp-Golomb order 0), and for each, in increasing id order,
/// the gap to the previous added id (the id itself for the first; Exp-Golomb order 2) and the full
/// pose. Zero bits pad the last byte. Without a baseline every avatar is added.
/// </para>
/// <para>
/// Prediction (flag set when the encoder is given an <see cref="IAvatarSnapshotHistory"/>): a changed avatar is
/// delta-coded against the best of its baseline pose and the extrapolations of its motion (see
/// <see cref="AvatarDeltaCodec"/>): the straight line from the pose before, and the curve through the two before
/// when there are two. Those poses come from the recent snapshots when the sender says the receiver holds the two
/// snapshots before the baseline (it acknowledged them): the avatar's distinct poses there. Otherwise from the
/// avatar's own chain: its baseline entity names the tick of the pose before (see <see cref="AvatarEntity"/>), and
/// that pose's entity the one before it; every span, pose to pose and pose to this snapshot, is 1 to
/// <see cref="MaxPredictionSpanTicks"/> ticks. The ticks are those each pose was really sent at, so an avatar the
/// sender's budget left out for a few ticks is still predicted over the right span. Both ends advance them alike:
/// an unchanged avatar keeps its entity, a changed one becomes <see cref="AvatarEntity.Updated"/>, an added one
/// <see cref="AvatarEntity.Added"/>; a sender must keep the snapshots it may use as baselines in that form.
/// </para>
/// <para>
/// Decoding never throws on bad input and allocates at most <see cref="MaxEntities"/> entries: a
/// truncated, oversized or inconsistent payload (ids out of order or duplicated, positions off the
/// grid, stray bits after the end) returns false.
/// </para>
/// </summary>
public sealed class AvatarSnapshotCodec
{
    /// <summary>Most avatars in one snapshot, encoded or decoded.</summary>
    public const int MaxEntities = 4096;

    /// <summary>Largest tick span, previous pose to pose and pose to snapshot, over which an avatar's motion is predicted.</summary>
    public const int MaxPredictionSpanTicks = 8;

    private const int CountOrder = 0;
    private const int IdGapOrder = 2;

    public AvatarSnapshotCodec(PositionQuantizer quantizer)
    {
        Avatars = new AvatarDeltaCodec(quantizer);
    }

    public static AvatarSnapshotCodec Default { get; } = new(PositionQuantizer.Default);

    public AvatarDeltaCodec Avatars { get; }

    /// <summary>Upper bound of the encoded size of <paramref name="entityCount"/> avatars against a baseline of <paramref name="baselineCount"/>.</summary>
    public int MaxEncodedBytes(int entityCount, int baselineCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(entityCount);
        ArgumentOutOfRangeException.ThrowIfNegative(baselineCount);
        var idBits = BitWriter.ExpGolombLength(uint.MaxValue, IdGapOrder);
        var bits = 2L
            + (baselineCount * (2L + Avatars.MaxDeltaBits))
            + BitWriter.ExpGolombLength((uint)entityCount, CountOrder)
            + (entityCount * ((long)idBits + Avatars.MaxFullBits));
        return checked((int)((bits + 7) / 8));
    }

    /// <summary>Encodes into a new array of the exact size.</summary>
    public byte[] Encode(AvatarSnapshot snapshot, AvatarSnapshot? baseline = null, IAvatarSnapshotHistory? history = null, bool receiverHoldsRecent = false)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var buffer = new byte[MaxEncodedBytes(snapshot.Count, baseline?.Count ?? 0)];
        var length = Encode(snapshot, baseline, buffer, history: history, receiverHoldsRecent: receiverHoldsRecent);
        return buffer.AsSpan(0, length).ToArray();
    }

    /// <summary>
    /// Encodes <paramref name="snapshot"/> against <paramref name="baseline"/> (null: in full) into
    /// <paramref name="destination"/>, which must hold <see cref="MaxEncodedBytes"/>; returns the bytes written.
    /// Throws when a pose is off the quantizer grid. A <paramref name="cache"/> of this codec's
    /// <see cref="Avatars"/> makes deltas already encoded (for another client) a copy; the bytes are the same.
    /// Only the poses of <paramref name="snapshot"/> are read. Without a <paramref name="history"/>, nothing is predicted.
    /// </summary>
    public int Encode(
        AvatarSnapshot snapshot,
        AvatarSnapshot? baseline,
        Span<byte> destination,
        AvatarDeltaCache? cache = null,
        IAvatarSnapshotHistory? history = null,
        bool receiverHoldsRecent = false)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (cache is not null && cache.Codec != Avatars)
        {
            throw new ArgumentException("The cache belongs to another codec.", nameof(cache));
        }

        var writer = new BitWriter(destination);
        var current = snapshot.Entities;
        var usePrediction = baseline is not null && history is not null;
        var fromRecent = usePrediction && receiverHoldsRecent && AvatarMotions.HoldsRecent(history!, baseline!.Tick);
        var motions = usePrediction ? new AvatarMotions(history!, fromRecent ? baseline!.Tick : 0) : default;
        writer.WriteBit(baseline is not null);
        writer.WriteBit(usePrediction);
        if (usePrediction)
        {
            writer.WriteBit(fromRecent);
        }

        // Added ids are collected in order while walking both sorted lists.
        Span<int> added = current.Length <= 256 ? stackalloc int[current.Length] : new int[current.Length];
        var addedCount = 0;
        var next = 0;
        if (baseline is not null)
        {
            foreach (var old in baseline.Entities)
            {
                while (next < current.Length && current[next].EntityId < old.EntityId)
                {
                    added[addedCount++] = next++;
                }

                if (next < current.Length && current[next].EntityId == old.EntityId)
                {
                    var pose = current[next++].Pose;
                    if (pose == old.Pose)
                    {
                        writer.WriteBit(false);
                        continue;
                    }

                    writer.WriteBit(true);
                    writer.WriteBit(false);
                    var motion = usePrediction ? motions.For(old, snapshot.Tick) : null;
                    if (cache is null)
                    {
                        Avatars.WriteDelta(ref writer, pose, old.Pose, motion);
                    }
                    else
                    {
                        cache.WriteDelta(ref writer, pose, old.Pose, motion);
                    }
                }
                else
                {
                    writer.WriteBit(true);
                    writer.WriteBit(true);
                }
            }
        }

        while (next < current.Length)
        {
            added[addedCount++] = next++;
        }

        writer.WriteExpGolomb((uint)addedCount, CountOrder);
        var previousId = 0L;
        for (var i = 0; i < addedCount; i++)
        {
            var entity = current[added[i]];
            writer.WriteExpGolomb((uint)(entity.EntityId - previousId - (i == 0 ? 0 : 1)), IdGapOrder);
            Avatars.WriteFull(ref writer, entity.Pose);
            previousId = entity.EntityId;
        }

        return writer.BytesWritten;
    }

    /// <summary>
    /// Decodes a payload of tick <paramref name="tick"/> against the same baseline the encoder used, with the
    /// receiver's <paramref name="history"/>. False on any malformed or inconsistent input, including a payload
    /// that needs a baseline, or a history to predict from, when none is given.
    /// </summary>
    public bool TryDecode(ReadOnlySpan<byte> data, uint tick, AvatarSnapshot? baseline, IAvatarSnapshotHistory? history, [NotNullWhen(true)] out AvatarSnapshot? snapshot)
    {
        snapshot = null;
        var reader = new BitReader(data);
        if (!reader.TryReadBit(out var hasBaseline) || !reader.TryReadBit(out var usePrediction))
        {
            return false;
        }

        if ((hasBaseline && (baseline is null || tick <= baseline.Tick)) || (usePrediction && (!hasBaseline || history is null)))
        {
            return false;
        }

        var fromRecent = false;
        if (usePrediction && (!reader.TryReadBit(out fromRecent) || (fromRecent && !AvatarMotions.HoldsRecent(history!, baseline!.Tick))))
        {
            return false;
        }

        var old = hasBaseline ? baseline!.Entities : [];

        // The kept avatars are only a step on the way to the result: borrowed, not allocated.
        var kept = ArrayPool<AvatarEntity>.Shared.Rent(old.Length);
        try
        {
            var motions = usePrediction ? new AvatarMotions(history!, fromRecent ? baseline!.Tick : 0) : default;
            return TryDecodeEntities(ref reader, tick, hasBaseline ? baseline : null, usePrediction, ref motions, kept, out snapshot);
        }
        finally
        {
            ArrayPool<AvatarEntity>.Shared.Return(kept);
        }
    }

    /// <summary>The avatar section after the flag bits; <paramref name="motions"/> is read only when <paramref name="predict"/>.</summary>
    private bool TryDecodeEntities(
        ref BitReader reader, uint tick, AvatarSnapshot? baseline, bool predict, ref AvatarMotions motions, AvatarEntity[] kept, [NotNullWhen(true)] out AvatarSnapshot? snapshot)
    {
        snapshot = null;
        var hasBaseline = baseline is not null;
        var old = hasBaseline ? baseline!.Entities : [];
        var keptCount = 0;
        if (hasBaseline)
        {
            foreach (var entity in old)
            {
                if (!reader.TryReadBit(out var touched))
                {
                    return false;
                }

                if (!touched)
                {
                    kept[keptCount++] = entity;
                    continue;
                }

                if (!reader.TryReadBit(out var removed))
                {
                    return false;
                }

                if (removed)
                {
                    continue;
                }

                var motion = predict ? motions.For(entity, tick) : null;
                if (!Avatars.TryReadDelta(ref reader, entity.Pose, motion, out var pose))
                {
                    return false;
                }

                kept[keptCount++] = entity.Updated(pose, tick);
            }
        }

        if (!reader.TryReadExpGolomb(CountOrder, out var addedCount) || addedCount > MaxEntities - keptCount)
        {
            return false;
        }

        var entities = new AvatarEntity[keptCount + (int)addedCount];
        var count = 0;
        var keptIndex = 0;
        var previousId = -1L;
        for (var i = 0; i < addedCount; i++)
        {
            if (!reader.TryReadExpGolomb(IdGapOrder, out var gap))
            {
                return false;
            }

            var id = previousId + 1 + gap;
            if (id > uint.MaxValue || !Avatars.TryReadFull(ref reader, out var pose))
            {
                return false;
            }

            // Merge with the kept avatars so the result stays sorted; an added id must be new.
            while (keptIndex < keptCount && kept[keptIndex].EntityId < id)
            {
                entities[count++] = kept[keptIndex++];
            }

            if (keptIndex < keptCount && kept[keptIndex].EntityId == id)
            {
                return false;
            }

            entities[count++] = AvatarEntity.Added((uint)id, pose, tick);
            previousId = id;
        }

        while (keptIndex < keptCount)
        {
            entities[count++] = kept[keptIndex++];
        }

        if (!reader.IsAtPaddedEnd())
        {
            return false;
        }

        snapshot = new AvatarSnapshot(tick, entities);
        return true;
    }

    /// <summary>Whether <paramref name="held"/>'s spans allow predicting it in a snapshot of <paramref name="tick"/>: it names a previous pose and both spans are 1 to <see cref="MaxPredictionSpanTicks"/> ticks.</summary>
    public static bool CanPredict(in AvatarEntity held, uint tick) =>
        held.PreviousPoseTick != 0
        && held.PoseTick - held.PreviousPoseTick is >= 1 and <= MaxPredictionSpanTicks
        && tick - held.PoseTick is >= 1 and <= MaxPredictionSpanTicks;
}
