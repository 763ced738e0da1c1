using Metaverse.Shared.Replication;

namespace Metaverse.Shared.Tests.Replication;

public sealed class AvatarMotionsTests
{
    private static readonly AvatarSnapshotCodec Codec = AvatarSnapshotCodec.Default;

    [Fact]
    public void From_the_recent_snapshots_an_avatar_on_a_parabola_costs_only_its_same_codes()
    {
        // Sent every tick 1–4, each snapshot against the one three ticks older (a client acknowledging late),
        // so each entity's own chain spans three ticks; the recent snapshots 3 and 2 give one-tick spans.
        var held = HeldChain(ticks: 4, lag: 3);
        var fifth = new AvatarSnapshot(5, [held[4].Entities[0].Updated(Accelerating(5), 5)]);

        var recent = Codec.Encode(fifth, held[4], held, receiverHoldsRecent: true);
        var chain = Codec.Encode(fifth, held[4], held);

        // Header (3 bits), "changed" (2), mode "curve" (1), six "same" codes (18), "no additions" (1): 25 bits.
        Assert.Equal(4, recent.Length);
        Assert.True(chain.Length > recent.Length, $"the chain (ticks 1 and 4 only) costs {chain.Length} bytes");
        Assert.True(Codec.TryDecode(recent, 5, held[4], held, out var decoded));
        Assert.Equal(fifth.Entities.ToArray(), decoded.Entities.ToArray());
    }

    [Fact]
    public void A_payload_predicted_from_recent_snapshots_fails_when_the_receiver_lacks_one()
    {
        var held = HeldChain(ticks: 4, lag: 1);
        var fifth = new AvatarSnapshot(5, [held[4].Entities[0].Updated(Accelerating(5), 5)]);
        var recent = Codec.Encode(fifth, held[4], held, receiverHoldsRecent: true);
        var missingTwo = new TickHistory(held[1], held[3], held[4]);

        Assert.False(Codec.TryDecode(recent, 5, held[4], missingTwo, out _));
    }

    [Fact]
    public void Without_the_recent_snapshots_the_encoder_falls_back_to_each_avatar_s_chain()
    {
        var held = HeldChain(ticks: 4, lag: 1);
        var fifth = new AvatarSnapshot(5, [held[4].Entities[0].Updated(Accelerating(5), 5)]);
        var senderMissingTwo = new TickHistory(held[1], held[3], held[4]);

        var bytes = Codec.Encode(fifth, held[4], senderMissingTwo, receiverHoldsRecent: true);

        Assert.Equal(Codec.Encode(fifth, held[4], senderMissingTwo), bytes);
        Assert.True(Codec.TryDecode(bytes, 5, held[4], senderMissingTwo, out _));
    }

    [Fact]
    public void A_pose_held_on_through_a_recent_snapshot_is_skipped_for_the_one_before_it()
    {
        // The avatar is sent at ticks 1, 2 and 4 and held on (left out) at 3: from baseline 4 the recent snapshots
        // 3 and 2 both hold the pose sent at 2, one distinct earlier pose, so the motion is a line over two ticks.
        var first = new AvatarSnapshot(1, [AvatarEntity.Added(7, Accelerating(1), 1)]);
        var second = new AvatarSnapshot(2, [first.Entities[0].Updated(Accelerating(2), 2)]);
        var third = new AvatarSnapshot(3, second.Entities.ToArray());
        var fourth = new AvatarSnapshot(4, [third.Entities[0].Updated(Accelerating(4), 4)]);
        var motions = new AvatarMotions(new TickHistory(first, second, third, fourth), recentBaselineTick: 4);

        var motion = motions.For(fourth.Entities[0], 5);

        Assert.Equal(new AvatarMotion(Accelerating(2), TicksBetween: 2, TicksAhead: 1), motion);
    }

    [Fact]
    public void A_chain_of_views_predicted_from_recent_snapshots_decodes_with_the_same_histories()
    {
        var random = new Random(14);
        var views = new List<AvatarSnapshot> { new(1, Enumerable.Range(1, 20).Select(i => AvatarEntity.Added((uint)i, AvatarSnapshotCodecTests.RandomPose(random), 1))) };
        var history = new TickHistory(views[0]);
        for (uint tick = 2; tick <= 60; tick++)
        {
            // The client acknowledged a view one to three ticks old; some avatars are sent anew, the others held.
            var baseline = views[^Math.Min(views.Count, 1 + random.Next(3))];
            var next = new AvatarSnapshot(tick, baseline.Entities.ToArray().Select(e => random.Next(4) == 0 ? e : e.Updated(PoseNoise.Nudge(e.Pose, random, step: 20, rotationJumpOneIn: 50), tick)));

            var bytes = Codec.Encode(next, baseline, history, receiverHoldsRecent: true);

            Assert.True(Codec.TryDecode(bytes, tick, baseline, history, out var decoded));
            Assert.Equal(next.Entities.ToArray(), decoded.Entities.ToArray());
            history.Add(decoded);
            views.Add(decoded);
        }
    }

    /// <summary>Head and hands at x = 10 000 + 7t + 3t² (grid steps), rotations fixed.</summary>
    private static QuantizedAvatarPose Accelerating(int tick)
    {
        QuantizedPosition At(uint x) => new(x + (uint)((7 * tick) + (3 * tick * tick)), 2_000, 3_000);
        return new QuantizedAvatarPose(At(10_000), 0x1234_5678, At(9_700), 0x1234_5678, At(10_300), 0x1234_5678);
    }

    /// <summary>
    /// Avatar 7 accelerating, as a client holds it after ticks 1 to <paramref name="ticks"/>: each snapshot decoded
    /// against the one <paramref name="lag"/> ticks older (or the first).
    /// </summary>
    private static TickHistory HeldChain(int ticks, int lag)
    {
        var history = new TickHistory(new AvatarSnapshot(1, [AvatarEntity.Added(7, Accelerating(1), 1)]));
        for (var tick = 2; tick <= ticks; tick++)
        {
            var baseline = history[(uint)Math.Max(1, tick - lag)];
            history.Add(new AvatarSnapshot((uint)tick, [baseline.Entities[0].Updated(Accelerating(tick), (uint)tick)]));
        }

        return history;
    }
}
