using System.CommandLine;
using Microsoft.AspNetCore.Builder;

namespace Metaverse.Server.Hosting;

/// <summary><c>metaverse-server serve</c>: flags override appsettings.json and environment variables.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var udpPort = new Option<int?>("--udp-port") { Description = "UDP port of the transport, 0–65535 (0 = any free) [default: 7777]" };
        var httpPort = new Option<int?>("--http-port") { Description = "HTTP port of the API, 0–65535 (0 = any free) [default: 8080]" };
        var bind = new Option<string?>("--bind") { Description = "Address to listen on [default: 127.0.0.1]" };
        var database = new Option<string?>("--db") { Description = "SQLite database file [default: data/metaverse.db]" };
        var tickHz = new Option<int?>("--tick-hz") { Description = "Simulation and replication rate, 10–60 Hz [default: 30]" };
        var twins = new Option<string?>("--twins") { Description = "Twins started in the default room: comma-separated kinds, or none [default: cdc-line,bioreactor,lyophilizer,molecule-lab]" };
        var command = new Command("serve", "Run the server: UDP transport, rooms with a fixed-step tick and their twins, HTTP API (/health, /metrics, /api/rooms, /api/rooms/{room}/twins).")
        {
            udpPort, httpPort, bind, database, tickHz, twins,
        };
        command.SetAction(parse =>
        {
            var overrides = new Dictionary<string, string?>();
            Add(overrides, nameof(ServerOptions.UdpPort), parse.GetValue(udpPort)?.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Add(overrides, nameof(ServerOptions.HttpPort), parse.GetValue(httpPort)?.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Add(overrides, nameof(ServerOptions.Bind), parse.GetValue(bind));
            Add(overrides, nameof(ServerOptions.Database), parse.GetValue(database));
            Add(overrides, nameof(ServerOptions.TickHz), parse.GetValue(tickHz)?.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Add(overrides, nameof(ServerOptions.DefaultTwins), parse.GetValue(twins));
            return Run(overrides);
        });
        return command;
    }

    private static int Run(Dictionary<string, string?> overrides)
    {
        WebApplication app;
        try
        {
            app = ServerApp.Build(overrides);
        }
        catch (OptionsException e)
        {
            foreach (var error in e.Errors)
            {
                Console.Error.WriteLine(error);
            }

            return 2;
        }

        app.Run();
        return 0;
    }

    private static void Add(Dictionary<string, string?> overrides, string key, string? value)
    {
        if (value is not null)
        {
            overrides[$"{ServerOptions.Section}:{key}"] = value;
        }
    }
}
