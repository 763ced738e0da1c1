using System.CommandLine;
using System.CommandLine.Parsing;

namespace Metaverse.Server.Demo;

/// <summary><c>metaverse-server demo transport</c>: flags, their ranges, and the call into <see cref="TransportDemo"/>.</summary>
internal static class TransportDemoCommand
{
    public static Command Create()
    {
        var clients = Ranged("--clients", "Clients in the room", 6, 1, 256);
        var seconds = Ranged("--seconds", "How long the clients talk, in seconds", 10, 1, 3600);
        var latency = Ranged("--latency-ms", "Simulated one-way latency, ms", 40, 0, 2000);
        var jitter = Ranged("--jitter-ms", "Simulated jitter (uniform ±), ms", 15, 0, 2000);
        var seed = new Option<int>("--seed") { Description = "Seed of the network simulator", DefaultValueFactory = _ => 1 };
        var loss = new Option<double>("--loss") { Description = "Simulated loss probability, 0–0.9", DefaultValueFactory = _ => 0.05 };
        loss.Validators.Add(r => CheckRange(r, r.GetValueOrDefault<double>(), 0, 0.9));

        var command = new Command("transport", "One server and several clients on loopback over a simulated lossy link: 20 Hz poses (Sequenced) and chat every second (ReliableOrdered), with live figures per connection.")
        {
            clients, seconds, loss, latency, jitter, seed,
        };
        command.SetAction(parse => new TransportDemo(new TransportDemoOptions(
            parse.GetValue(clients), parse.GetValue(seconds), parse.GetValue(loss),
            parse.GetValue(latency), parse.GetValue(jitter), parse.GetValue(seed))).Run());
        return command;
    }

    private static Option<int> Ranged(string name, string description, int defaultValue, int min, int max)
    {
        var option = new Option<int>(name) { Description = $"{description}, {min}–{max}", DefaultValueFactory = _ => defaultValue };
        option.Validators.Add(r => CheckRange(r, r.GetValueOrDefault<int>(), min, max));
        return option;
    }

    private static void CheckRange(OptionResult result, double value, double min, double max)
    {
        if (value < min || value > max)
        {
            result.AddError($"{result.Option.Name} must be in {min}–{max}, got {value}");
        }
    }
}
