using System.CommandLine;
using System.Diagnostics;
using Metaverse.Client;
using Metaverse.Shared.Replication;
using Spectre.Console;

namespace Metaverse.Benchmarks.Replication;

/// <summary>
/// <c>metaverse-bench codec</c>: the avatar snapshot codec alone (one thread, no sockets). N bots walk
/// their <see cref="BotPath"/> at 30 Hz; each snapshot is encoded against the one <c>age</c> ticks older
/// (each avatar predicted from its pose 2·age ticks old, as when every snapshot is acknowledged <c>age</c> ticks late),
/// every avatar updated every tick. Reports bytes per avatar update with and without prediction and the
/// encode/decode time per avatar, per baseline age, plus the size of a full pose.
/// </summary>
internal static class AvatarCodecBenchmark
{
    private const int TickHz = 30;

    public static Command Create()
    {
        var avatars = new Option<int>("--avatars") { Description = "Avatars per snapshot, 1–1000", DefaultValueFactory = _ => 64 };
        var seconds = new Option<double>("--seconds") { Description = "Measurement time per row, 0.2–60 s", DefaultValueFactory = _ => 1 };
        var jitter = new Option<int>("--jitter-ms") { Description = "Also intents arriving 0–J ms late: the newest one per tick against the server's playout, 0–100 ms", DefaultValueFactory = _ => 0 };
        CommandRanges.Require(avatars, 1, 1000);
        CommandRanges.Require(jitter, 0, 100);
        var command = new Command("codec", "Avatar snapshot codec: bytes per avatar update and ns per avatar, by baseline age.") { avatars, seconds, jitter };
        command.SetAction(p => Run(p.GetValue(avatars), Math.Clamp(p.GetValue(seconds), 0.2, 60), p.GetValue(jitter)));
        return command;
    }

    private static void Run(int avatars, double seconds, int jitterMs)
    {
        var codec = AvatarSnapshotCodec.Default;
        var snapshots = Walk(avatars, ticks: 40 * TickHz);
        var jittered = jitterMs > 0 ? JitteredIntents.Walk(avatars, 40 * TickHz, TickHz, jitterMs) : default;
        var table = new Table().AddColumns("baseline age (ticks)", "B per avatar update", "without prediction", "encode ns per avatar", "decode ns per avatar");
        if (jitterMs > 0)
        {
            table.AddColumns($"{jitterMs} ms jitter, newest intent", $"{jitterMs} ms jitter, played out");
        }

        foreach (var age in new[] { 1, 2, 3, 4, 6, 8 })
        {
            var (bytes, encode, decode) = Measure(codec, snapshots, age, predict: true, seconds);
            var (plain, _, _) = Measure(codec, snapshots, age, predict: false, seconds / 4);
            var row = new List<string> { age.ToString(), $"{bytes:0.00}", $"{plain:0.00}", $"{encode:0}", $"{decode:0}" };
            if (jitterMs > 0)
            {
                row.Add($"{Measure(codec, jittered.Newest, age, predict: true, seconds / 4).Bytes:0.00}");
                row.Add($"{Measure(codec, jittered.PlayedOut, age, predict: true, seconds / 4).Bytes:0.00}");
            }

            table.AddRow([.. row]);
        }

        var full = codec.Encode(snapshots[^1]).Length / (double)avatars;
        table.AddRow([.. new[] { "none (full poses)", $"{full:0.00}" }, .. Enumerable.Repeat("", table.Columns.Count - 2)]);
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"[grey]{avatars} avatars walking BotPath at {TickHz} Hz; one thread[/]");
    }

    private static AvatarSnapshot[] Walk(int avatars, int ticks)
    {
        var paths = Enumerable.Range(1, avatars).Select(seed => new BotPath(seed)).ToArray();
        var quantizer = PositionQuantizer.Default;
        return [.. Enumerable.Range(1, ticks).Select(tick => new AvatarSnapshot((uint)tick,
            paths.Select((path, i) => new AvatarEntity((uint)(i + 1), path.PoseAt(tick / (double)TickHz).Quantize(quantizer)))))];
    }

    /// <summary>The snapshots as a client acknowledging every one <paramref name="age"/> ticks late holds them: each avatar's previous pose is the one <paramref name="age"/> ticks older.</summary>
    private static AvatarSnapshot[] Held(AvatarSnapshot[] snapshots, int age)
    {
        var held = new AvatarSnapshot[snapshots.Length];
        for (var i = 0; i < snapshots.Length; i++)
        {
            var tick = snapshots[i].Tick;
            var entities = snapshots[i].Entities.ToArray();
            for (var j = 0; j < entities.Length; j++)
            {
                var (id, pose) = (entities[j].EntityId, entities[j].Pose);
                entities[j] = i < age
                    ? AvatarEntity.Added(id, pose, tick)
                    : AvatarEntity.Added(id, snapshots[i - age].Entities[j].Pose, snapshots[i - age].Tick).Updated(pose, tick);
            }

            held[i] = new AvatarSnapshot(tick, entities);
        }

        return held;
    }

    private static (double Bytes, double EncodeNs, double DecodeNs) Measure(AvatarSnapshotCodec codec, AvatarSnapshot[] snapshots, int age, bool predict, double seconds)
    {
        var held = Held(snapshots, age);
        var history = new Ticks(held);
        var buffer = new byte[codec.MaxEncodedBytes(snapshots[0].Count, snapshots[0].Count)];
        long bytes = 0, avatarsEncoded = 0, avatarsDecoded = 0;
        var encodeClock = new Stopwatch();
        var decodeClock = new Stopwatch();
        var total = Stopwatch.StartNew();
        while (total.Elapsed.TotalSeconds < seconds)
        {
            for (var i = 2 * age; i < snapshots.Length; i++)
            {
                var (current, baseline) = (snapshots[i], held[i - age]);
                encodeClock.Start();
                var length = codec.Encode(current, baseline, buffer, history: predict ? history : null);
                encodeClock.Stop();
                decodeClock.Start();
                var decoded = codec.TryDecode(buffer.AsSpan(0, length), current.Tick, baseline, history, out _);
                decodeClock.Stop();
                if (!decoded)
                {
                    throw new InvalidOperationException($"snapshot {current.Tick} did not decode");
                }

                bytes += length;
                avatarsEncoded += current.Count;
                avatarsDecoded += current.Count;
            }
        }

        return (bytes / (double)avatarsEncoded, encodeClock.Elapsed.TotalNanoseconds / avatarsEncoded, decodeClock.Elapsed.TotalNanoseconds / avatarsDecoded);
    }

    /// <summary>Snapshots of consecutive ticks from 1, as the client holds them.</summary>
    private sealed class Ticks(AvatarSnapshot[] byTick) : IAvatarSnapshotHistory
    {
        public bool TryGet(uint tick, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out AvatarSnapshot? snapshot)
        {
            snapshot = tick >= 1 && tick <= byTick.Length ? byTick[tick - 1] : null;
            return snapshot is not null;
        }
    }
}
