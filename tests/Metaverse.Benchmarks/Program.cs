using System.CommandLine;
using Metaverse.Benchmarks;
using Metaverse.Benchmarks.Transport;
using Metaverse.Shared.Net;

if (Console.IsOutputRedirected)
{
    Spectre.Console.AnsiConsole.Profile.Width = 200;
}

var root = new RootCommand("Metaverse benchmarks on real loopback sockets. Figures are recorded in docs/PERFORMANCE.md.");
var unsealed = new Option<bool>("--unsealed") { Description = "Plaintext datagrams, to measure what sealing costs (benchmark only)" };
var server = new Command("server", "Internal: the echo server process the throughput benchmark starts.") { unsealed };
server.SetAction(p => EchoServer.Run(!p.GetValue(unsealed)));
root.Subcommands.Add(server);

var clients = new Option<int>("--clients") { Description = "Connected clients, 1–4000", DefaultValueFactory = _ => 100 };
var method = new Option<DeliveryMethod>("--method") { Description = "Delivery method", DefaultValueFactory = _ => DeliveryMethod.ReliableOrdered };
var seconds = new Option<int>("--seconds") { Description = "Measurement window, 1–600 s", DefaultValueFactory = _ => 5 };
var inFlight = new Option<int>("--in-flight") { Description = "Messages each client keeps in flight, 1–1000", DefaultValueFactory = _ => 8 };
var size = new Option<int>("--message-bytes") { Description = "Message size, 8–1000 bytes", DefaultValueFactory = _ => 32 };
var loss = new Option<double>("--loss") { Description = "Loss probability each way, 0–0.5", DefaultValueFactory = _ => 0.01 };
var latency = new Option<int>("--latency-ms") { Description = "Simulated one-way latency, 0–1000 ms", DefaultValueFactory = _ => 0 };
CommandRanges.Require(clients, 1, 4000);
CommandRanges.Require(seconds, 1, 600);
CommandRanges.Require(inFlight, 1, 1000);
CommandRanges.Require(size, 8, 1000);
CommandRanges.Require(loss, 0, 0.5);
CommandRanges.Require(latency, 0, 1000);

var throughput = new Command("throughput", "Echo round trips through one server process.") { clients, method, seconds, inFlight, size, unsealed };
throughput.SetAction(p => BenchmarkSuite.RunThroughput(new ThroughputOptions(p.GetValue(clients), p.GetValue(method), p.GetValue(seconds), p.GetValue(inFlight), p.GetValue(size), !p.GetValue(unsealed))));
root.Subcommands.Add(throughput);

var lossCommand = new Command("loss", "Goodput of one reliable-ordered connection under loss.") { loss, latency, seconds, unsealed };
lossCommand.SetAction(p => BenchmarkSuite.RunLoss(new LossOptions(p.GetValue(loss), p.GetValue(latency), p.GetValue(seconds), 1000, !p.GetValue(unsealed))));
root.Subcommands.Add(lossCommand);

var bots = new Option<int[]>("--bots") { Description = "Bots in the room, each 1–1000 (several: one run each)", DefaultValueFactory = _ => [50, 200, 500], AllowMultipleArgumentsPerToken = true };
bots.Validators.Add(r =>
{
    if (r.GetValueOrDefault<int[]>().Any(b => b is < 1 or > 1000))
    {
        r.AddError("--bots must each be in 1–1000");
    }
});
var room = new Command("room", "One room with N headless bots against a metaverse-server serve process: tick duration, server CPU, traffic per client, bytes per avatar update.") { bots, seconds };
room.SetAction(p => BenchmarkSuite.RunRooms(p.GetValue(bots)!, p.GetValue(seconds)));
root.Subcommands.Add(room);

var output = new Option<FileInfo?>("--output") { Description = "Also write the tables as Markdown to this file" };
var suite = new Command("suite", "Every transport figure of docs/PERFORMANCE.md: 1/100/1,000 clients × two methods, and one connection under 0/1/5% loss.") { seconds, output };
suite.SetAction(p => BenchmarkSuite.RunAll(p.GetValue(seconds), p.GetValue(output)));
root.Subcommands.Add(suite);

root.Subcommands.Add(SealBenchmark.Create());
root.Subcommands.Add(Metaverse.Benchmarks.Twins.TwinBenchmarks.Create());
root.Subcommands.Add(Metaverse.Benchmarks.Replication.AvatarCodecBenchmark.Create());
root.Subcommands.Add(Metaverse.Benchmarks.Replication.CrowdEncodeBenchmark.Create());

return root.Parse(args).Invoke();
