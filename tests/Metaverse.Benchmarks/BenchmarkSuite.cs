using Metaverse.Benchmarks.Room;
using Metaverse.Benchmarks.Transport;
using Metaverse.Shared.Net;
using Spectre.Console;

namespace Metaverse.Benchmarks;

/// <summary>Runs benchmarks with progress shown, and prints their tables.</summary>
internal static class BenchmarkSuite
{
    public static int RunThroughput(ThroughputOptions options)
    {
        var result = AnsiConsole.Status().Start("starting", ctx => ThroughputBenchmark.Run(options, s => ctx.Status(s)));
        AnsiConsole.Write(ThroughputBenchmark.Table([result]));
        return 0;
    }

    public static int RunLoss(LossOptions options)
    {
        var result = AnsiConsole.Status().Start($"one connection under {options.Loss:P0} loss", _ => LossBenchmark.Run(options));
        AnsiConsole.Write(LossBenchmark.Table([result]));
        return 0;
    }

    public static int RunRooms(int[] bots, int seconds)
    {
        var results = new List<RoomResult>();
        foreach (var count in bots)
        {
            var result = AnsiConsole.Status().Start($"{count} bots", ctx => RoomBenchmark.RunAsync(new RoomOptions(count, seconds, 30), s => ctx.Status($"{count} bots: {s}")).GetAwaiter().GetResult());
            results.Add(result);
        }

        AnsiConsole.Write(RoomBenchmark.Table(results));
        return 0;
    }

    public static int RunAll(int seconds, FileInfo? output)
    {
        var throughputCases = (from clients in new[] { 1, 100, 1000 }
                               from method in new[] { DeliveryMethod.ReliableOrdered, DeliveryMethod.Unreliable }
                               from inFlight in clients == 1000 ? new[] { 1, 8 } : [8]
                               select new ThroughputOptions(clients, method, seconds, inFlight, 32)).ToList();
        var lossCases = (from latency in new[] { 0, 10 }
                         from loss in new[] { 0.0, 0.01, 0.05 }
                         select new LossOptions(loss, latency, seconds, 1000)).ToList();
        var throughput = new List<ThroughputResult>();
        var losses = new List<LossResult>();
        AnsiConsole.Progress().Start(ctx =>
        {
            var task = ctx.AddTask("transport benchmarks", maxValue: throughputCases.Count + lossCases.Count);
            foreach (var options in throughputCases)
            {
                task.Description = $"{options.Clients} clients, {options.Method}";
                throughput.Add(ThroughputBenchmark.Run(options, _ => { }));
                task.Increment(1);
            }

            foreach (var options in lossCases)
            {
                task.Description = $"one connection, {options.Loss:P0} loss, {options.LatencyMs} ms";
                losses.Add(LossBenchmark.Run(options));
                task.Increment(1);
            }
        });
        AnsiConsole.Write(ThroughputBenchmark.Table(throughput));
        AnsiConsole.Write(LossBenchmark.Table(losses));
        if (output is not null)
        {
            File.WriteAllText(output.FullName, MarkdownReport.Build(throughput, losses));
            AnsiConsole.MarkupLine($"written to {output.FullName}");
        }

        return 0;
    }
}
