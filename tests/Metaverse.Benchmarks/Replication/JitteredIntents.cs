using Metaverse.Client;
using Metaverse.Server.Sessions;
using Metaverse.Shared.Replication;

namespace Metaverse.Benchmarks.Replication;

/// <summary>
/// Bots walking their <see cref="BotPath"/> as a server sees them when their intents, sampled at the tick
/// rate half a tick before each tick, arrive after a uniform 0–<c>jitter</c> delay: per tick, the newest
/// intent that has arrived, or the pose <see cref="PoseResampler"/> plays out.
/// </summary>
internal static class JitteredIntents
{
    public static (AvatarSnapshot[] Newest, AvatarSnapshot[] PlayedOut) Walk(int avatars, int ticks, int tickHz, double jitterMs)
    {
        var periodUs = 1_000_000L / tickHz;
        var quantizer = PositionQuantizer.Default;
        var random = new Random(7);
        var paths = Enumerable.Range(1, avatars).Select(seed => new BotPath(seed)).ToArray();
        var resamplers = paths.Select(_ => new PoseResampler(quantizer)).ToArray();
        var arrivals = paths.Select(_ => Enumerable.Range(1, ticks + 1)
            .Select(j => (j * periodUs) - (periodUs / 2))
            .Select(sampledUs => (SampledUs: sampledUs, ArrivesUs: sampledUs + (long)(random.NextDouble() * jitterMs * 1000)))
            .OrderBy(a => a.ArrivesUs)
            .ToArray()).ToArray();
        var next = new int[avatars];
        var newestSampled = new long[avatars];
        var newest = new AvatarSnapshot[ticks];
        var playedOut = new AvatarSnapshot[ticks];
        for (var k = 1; k <= ticks; k++)
        {
            var tickUs = (k + 1) * periodUs;
            var latest = new AvatarEntity[avatars];
            var played = new AvatarEntity[avatars];
            for (var i = 0; i < avatars; i++)
            {
                for (; next[i] < arrivals[i].Length && arrivals[i][next[i]].ArrivesUs <= tickUs; next[i]++)
                {
                    var (sampledUs, arrivesUs) = arrivals[i][next[i]];
                    if (sampledUs > newestSampled[i])
                    {
                        newestSampled[i] = sampledUs;
                        resamplers[i].Add(paths[i].PoseAt(sampledUs / 1e6).Quantize(quantizer), sampledUs, arrivesUs);
                    }
                }

                latest[i] = new AvatarEntity((uint)(i + 1), paths[i].PoseAt(newestSampled[i] / 1e6).Quantize(quantizer));
                played[i] = new AvatarEntity((uint)(i + 1), resamplers[i].PoseAt(tickUs));
            }

            newest[k - 1] = new AvatarSnapshot((uint)k, latest);
            playedOut[k - 1] = new AvatarSnapshot((uint)k, played);
        }

        return (newest, playedOut);
    }
}
