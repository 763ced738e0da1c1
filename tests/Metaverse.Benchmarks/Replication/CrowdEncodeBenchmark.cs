using System.CommandLine;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using Metaverse.Client;
using Metaverse.Shared.Replication;
using Spectre.Console;

namespace Metaverse.Benchmarks.Replication;

/// <summary>
/// <c>metaverse-bench codec-crowd</c>: the server's encoding work for one room, without sockets or bots. K clients
/// watch the same N avatars walking their <see cref="BotPath"/> at 30 Hz; each tick every client's snapshot is
/// encoded against the one it acknowledged <c>age</c> ticks ago (age drawn per client and tick from
/// <c>--ages</c>) through one shared <see cref="AvatarDeltaCache"/>, as one composer thread does, then decoded into
/// that client's history. Each client holds every snapshot it decoded, so prediction reads the two snapshots before
/// its baseline. Reports encode time per avatar, cache hits and bytes per avatar update. Unlike the room
/// benchmark, it does not depend on how fast 500 bots acknowledge, so versions compare on CPU alone.
/// </summary>
internal static class CrowdEncodeBenchmark
{
    private const int TickHz = 30;

    public static Command Create()
    {
        var clients = new Option<int>("--clients") { Description = "Clients encoded for each tick, 1–1000", DefaultValueFactory = _ => 250 };
        var avatars = new Option<int>("--avatars") { Description = "Avatars each client sees, 1–1000", DefaultValueFactory = _ => 64 };
        var ticks = new Option<int>("--ticks") { Description = "Ticks encoded, 30–3000", DefaultValueFactory = _ => 300 };
        var ages = new Option<int[]>("--ages") { Description = "Baseline ages (ticks, 1–8) drawn from uniformly per client and tick", DefaultValueFactory = _ => [1, 2, 2, 3], AllowMultipleArgumentsPerToken = true };
        CommandRanges.Require(clients, 1, 1000);
        CommandRanges.Require(avatars, 1, 1000);
        CommandRanges.Require(ticks, 30, 3000);
        ages.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int[]>() is not { Length: > 0 } values || values.Any(a => a is < 1 or > AvatarSnapshotCodec.MaxPredictionSpanTicks))
            {
                r.AddError($"--ages must each be in 1–{AvatarSnapshotCodec.MaxPredictionSpanTicks}");
            }
        });
        var command = new Command("codec-crowd", "The server's avatar encoding for K clients of one room on one thread: ns per avatar, cache hits, bytes per update.") { clients, avatars, ticks, ages };
        command.SetAction(p => Run(p.GetValue(clients), p.GetValue(avatars), p.GetValue(ticks), p.GetValue(ages)!));
        return command;
    }

    private static void Run(int clients, int avatars, int ticks, int[] ages)
    {
        var codec = AvatarSnapshotCodec.Default;
        var cache = new AvatarDeltaCache(codec.Avatars);
        var paths = Enumerable.Range(1, avatars).Select(seed => new BotPath(seed)).ToArray();
        var histories = Enumerable.Range(0, clients).Select(_ => new History()).ToArray();
        var buffer = new byte[codec.MaxEncodedBytes(avatars, avatars)];
        var random = new Random(11);
        var clock = new Stopwatch();
        long bytes = 0, updates = 0;
        var warmUp = 3 * ages.Max();
        AnsiConsole.Progress().Start(progress =>
        {
            var task = progress.AddTask("encoding", maxValue: ticks);
            for (var tick = 1u; tick <= ticks; tick++, task.Increment(1))
            {
                var snapshot = new AvatarSnapshot(tick, paths.Select((path, i) => new AvatarEntity((uint)(i + 1), path.PoseAt(tick / (double)TickHz).Quantize(PositionQuantizer.Default))));
                foreach (var history in histories)
                {
                    var baseline = history.Baseline(tick, ages[random.Next(ages.Length)]);
                    clock.Start();
                    var length = codec.Encode(snapshot, baseline, buffer, cache, baseline is null ? null : history, receiverHoldsRecent: true);
                    clock.Stop();
                    if (!codec.TryDecode(buffer.AsSpan(0, length), tick, baseline, baseline is null ? null : history, out var decoded))
                    {
                        throw new InvalidOperationException($"tick {tick} did not decode");
                    }

                    history.Add(decoded);
                    if (tick > warmUp)
                    {
                        (bytes, updates) = (bytes + length, updates + avatars);
                    }
                }
            }
        });

        var encoded = (long)ticks * clients * avatars;
        var table = new Table().AddColumns("clients", "avatars", "ages", "encode ns per avatar", "cache hits %", "B per avatar update");
        table.AddRow($"{clients}", $"{avatars}", string.Join(",", ages), $"{clock.Elapsed.TotalNanoseconds / encoded:0}", $"{100.0 * cache.Hits / (cache.Hits + cache.Misses):0.0}", $"{bytes / (double)updates:0.00}");
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"[grey]one thread; every avatar moves every tick; bytes after the first {warmUp} ticks[/]");
    }

    /// <summary>The snapshots one client decoded, by tick.</summary>
    private sealed class History : IAvatarSnapshotHistory
    {
        private readonly Dictionary<uint, AvatarSnapshot> _byTick = [];

        /// <summary>The snapshot of <paramref name="age"/> ticks before <paramref name="tick"/>, or the newest older one held; null for the first.</summary>
        public AvatarSnapshot? Baseline(uint tick, int age)
        {
            for (var t = (long)tick - age; t >= 1 && t >= tick - 32; t--)
            {
                if (_byTick.TryGetValue((uint)t, out var snapshot))
                {
                    return snapshot;
                }
            }

            return null;
        }

        public void Add(AvatarSnapshot snapshot)
        {
            _byTick[snapshot.Tick] = snapshot;
            _byTick.Remove(snapshot.Tick - 64);
        }

        public bool TryGet(uint tick, [NotNullWhen(true)] out AvatarSnapshot? snapshot) => _byTick.TryGetValue(tick, out snapshot);
    }
}
