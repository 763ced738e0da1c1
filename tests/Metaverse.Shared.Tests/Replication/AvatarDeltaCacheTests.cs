using Metaverse.Shared.Replication;

namespace Metaverse.Shared.Tests.Replication;

public sealed class AvatarDeltaCacheTests
{
    private static readonly AvatarSnapshotCodec Codec = AvatarSnapshotCodec.Default;

    [Fact]
    public void Snapshots_encoded_through_the_cache_are_byte_identical_and_repeat_deltas_are_copied()
    {
        var random = new Random(11);
        var history = new List<AvatarSnapshot> { Snapshot(random, tick: 1) };
        for (uint tick = 2; tick <= 12; tick++)
        {
            history.Add(Move(history[^1], tick, random));
        }

        var cache = new AvatarDeltaCache(Codec.Avatars);
        var current = history[^1];
        var held = new TickHistory([.. history]);
        var deltasWritten = 0;
        var distinctDeltas = 0;

        // Twenty "clients" acknowledged one of three baselines (each avatar predicted from the motion it holds).
        for (var client = 0; client < 20; client++)
        {
            var age = 1 + (client % 3);
            var baseline = history[^(1 + age)];
            var plain = Codec.Encode(current, baseline, held);
            var buffer = new byte[Codec.MaxEncodedBytes(current.Count, baseline.Count)];

            var length = Codec.Encode(current, baseline, buffer, cache, held);

            Assert.Equal(plain, buffer.AsSpan(0, length).ToArray());
            var changed = current.Entities.ToArray().Count(e => baseline.TryGetPose(e.EntityId, out var held) && held != e.Pose);
            deltasWritten += changed;
            distinctDeltas += client < 3 ? changed : 0;
        }

        Assert.True(distinctDeltas > 100, $"only {distinctDeltas} changed avatars: the test moves too little");
        Assert.Equal(distinctDeltas, cache.Misses);
        Assert.Equal(deltasWritten - distinctDeltas, cache.Hits);
    }

    [Fact]
    public void A_cache_of_another_codec_is_refused()
    {
        var other = new AvatarDeltaCache(new AvatarDeltaCodec(PositionQuantizer.Default));
        var snapshot = Snapshot(new Random(1), tick: 1);

        Assert.Throws<ArgumentException>(() => Codec.Encode(snapshot, snapshot, new byte[4096], other));
    }

    [Fact]
    public void Stays_bounded_and_correct_past_its_entry_limit()
    {
        var random = new Random(12);
        var cache = new AvatarDeltaCache(Codec.Avatars);
        var baseline = Snapshot(random, tick: 1);
        var buffer = new byte[Codec.MaxEncodedBytes(baseline.Count, baseline.Count)];
        for (var round = 0; round < (AvatarDeltaCache.MaxEntries / baseline.Count) + 10; round++)
        {
            var current = Move(baseline, 2, random);
            var length = Codec.Encode(current, baseline, buffer, cache);
            Assert.Equal(Codec.Encode(current, baseline), buffer.AsSpan(0, length).ToArray());
        }
    }

    private static AvatarSnapshot Snapshot(Random random, uint tick) =>
        new(tick, Enumerable.Range(1, 40).Select(id => new AvatarEntity((uint)id, AvatarSnapshotCodecTests.RandomPose(random))));

    private static AvatarSnapshot Move(AvatarSnapshot snapshot, uint tick, Random random) =>
        new(tick, snapshot.Entities.ToArray().Select(e => e.Updated(PoseNoise.Nudge(e.Pose, random, step: 40), tick)));
}
