using System.Numerics;
using Metaverse.Server.Sessions;
using Metaverse.Shared.Replication;

namespace Metaverse.Server.Tests.Sessions;

public sealed class PoseResamplerTests
{
    private const long TickUs = 33_333;
    private const float SpeedMetresPerSecond = 1.5f;
    private static readonly PositionQuantizer Grid = PositionQuantizer.Default;

    [Fact]
    public void Evenly_arriving_intents_play_out_as_sent_with_no_added_delay()
    {
        var resampler = new PoseResampler(Grid);
        for (var k = 1; k <= 60; k++)
        {
            // Sampled 5 ms before each tick, 2 ms on the way.
            var sampledUs = (k * TickUs) - 5_000;
            resampler.Add(PoseAt(sampledUs), sampledUs, sampledUs + 2_000);

            Assert.Equal(PoseAt(sampledUs), resampler.PoseAt(k * TickUs));
        }
    }

    [Fact]
    public void Jittered_intents_play_out_in_nearly_even_steps_where_the_newest_intent_stutters()
    {
        var resampler = new PoseResampler(Grid);
        var random = new Random(11);
        var arrivals = Enumerable.Range(1, 200)
            .Select(j => (j * TickUs) - 15_000)
            .Select(sampledUs => (SampledUs: sampledUs, ArrivesUs: sampledUs + 1_000 + random.NextInt64(30_000)))
            .OrderBy(a => a.ArrivesUs)
            .ToArray();
        var next = 0;
        var newest = new List<float>();
        var played = new List<float>();
        for (var tickUs = 10 * TickUs; tickUs < 190 * TickUs; tickUs += TickUs)
        {
            var latestSampled = 0L;
            for (; next < arrivals.Length && arrivals[next].ArrivesUs <= tickUs; next++)
            {
                if (arrivals[next].SampledUs > latestSampled)
                {
                    latestSampled = arrivals[next].SampledUs;
                    resampler.Add(PoseAt(latestSampled), latestSampled, arrivals[next].ArrivesUs);
                }
            }

            newest.Add(X(PoseAt(arrivals.Take(next).Max(a => a.SampledUs))));
            played.Add(X(resampler.PoseAt(tickUs)));
        }

        var step = SpeedMetresPerSecond * TickUs / 1e6f;
        Assert.Contains(Steps(newest), s => Math.Abs(s - step) > step / 2);
        // Settled, playout moves within a quarter of a step of even (the delay follows the jitter, see DelayDecay), and on average evenly.
        var settled = Steps(played).Skip(40).ToArray();
        Assert.All(settled, s => Assert.InRange(s, step * 0.9f, step * 1.1f));
        Assert.InRange(settled.Average(), step * 0.98f, step * 1.02f);
        Assert.InRange(resampler.DelayUs, 1_000, PoseResampler.MaxDelayUs);
    }

    [Fact]
    public void A_client_that_stops_sending_rests_exactly_at_its_last_intent()
    {
        var resampler = new PoseResampler(Grid);
        for (var j = 1; j <= 10; j++)
        {
            resampler.Add(PoseAt(j * TickUs), j * TickUs, (j * TickUs) + 1_000);
            resampler.PoseAt((j * TickUs) + 2_000);
        }

        foreach (var later in new[] { 11, 12, 20, 100 })
        {
            Assert.Equal(PoseAt(10 * TickUs), resampler.PoseAt(later * TickUs));
        }
    }

    [Fact]
    public void Playout_never_goes_back_when_a_late_intent_raises_the_delay()
    {
        var resampler = new PoseResampler(Grid);
        var previous = float.MinValue;
        for (var j = 1; j <= 40; j++)
        {
            // Every tenth intent is 80 ms late.
            var sampledUs = j * TickUs;
            resampler.Add(PoseAt(sampledUs), sampledUs, sampledUs + (j % 10 == 0 ? 80_000 : 1_000));
            var x = X(resampler.PoseAt(sampledUs + 2_000));
            Assert.True(x >= previous, $"tick {j}: {x} < {previous}");
            previous = x;
        }
    }

    [Fact]
    public void Intents_without_a_sampling_time_are_replicated_as_sent()
    {
        var resampler = new PoseResampler(Grid);
        for (var j = 1; j <= 5; j++)
        {
            resampler.Add(PoseAt(j * TickUs), clientTimeUs: 0, (j * TickUs) + 9_000);
            Assert.Equal(PoseAt(j * TickUs), resampler.PoseAt((j * TickUs) + 30_000));
        }
    }

    [Fact]
    public void A_sampling_time_that_goes_back_starts_over_from_that_intent()
    {
        var resampler = new PoseResampler(Grid);
        resampler.Add(PoseAt(TickUs), 5 * TickUs, 5 * TickUs);
        resampler.Add(PoseAt(2 * TickUs), 6 * TickUs, 6 * TickUs);
        resampler.Add(PoseAt(3 * TickUs), TickUs, 7 * TickUs);

        Assert.Equal(PoseAt(3 * TickUs), resampler.PoseAt(7 * TickUs));
    }

    [Fact]
    public void A_teleport_is_not_interpolated_the_older_pose_holds_until_the_newer_ones_time()
    {
        var resampler = new PoseResampler(Grid);
        var here = Pose(new Vector3(0, 1.7f, 0));
        var there = Pose(new Vector3(6, 1.7f, 0));
        resampler.Add(here, 1 * TickUs, (1 * TickUs) + 1_000);
        resampler.PoseAt((1 * TickUs) + 2_000);
        resampler.Add(here, 2 * TickUs, (2 * TickUs) + 1_000);
        resampler.PoseAt((2 * TickUs) + 2_000);
        resampler.Add(there, 3 * TickUs, (3 * TickUs) + 40_000);

        // The late intent raised the delay: playout is between the two intents, yet shows one or the other.
        var shown = resampler.PoseAt((3 * TickUs) + 41_000);
        Assert.True(shown == here || shown == there, $"got {shown}");
        Assert.Equal(there, resampler.PoseAt((3 * TickUs) + 41_000 + (4 * TickUs)));
    }

    [Fact]
    public void Without_any_intent_asking_for_a_pose_is_a_programming_error()
    {
        Assert.Throws<InvalidOperationException>(() => new PoseResampler(Grid).PoseAt(0));
    }

    private static IEnumerable<float> Steps(List<float> xs) => xs.Zip(xs.Skip(1), (a, b) => b - a);

    private static float X(QuantizedAvatarPose pose) => Grid.Dequantize(pose.HeadPosition).X;

    /// <summary>Walking along x at <see cref="SpeedMetresPerSecond"/>.</summary>
    private static QuantizedAvatarPose PoseAt(long timeUs) => Pose(new Vector3(-5 + (SpeedMetresPerSecond * timeUs / 1e6f), 1.7f, 0));

    private static QuantizedAvatarPose Pose(Vector3 head) =>
        new AvatarPose(head, Quaternion.Identity, head + new Vector3(-0.3f, -0.6f, 0), Quaternion.Identity, head + new Vector3(0.3f, -0.6f, 0), Quaternion.Identity).Quantize(Grid);
}
