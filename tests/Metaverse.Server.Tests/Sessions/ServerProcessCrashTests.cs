using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Metaverse.Server.Sessions;
using Metaverse.Server.Storage;
using Metaverse.Shared.Messages;

namespace Metaverse.Server.Tests.Sessions;

/// <summary>A real <c>metaverse-server serve</c> process killed with SIGKILL while commands stream in.</summary>
public sealed partial class ServerProcessCrashTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("metaverse-crash-").FullName;

    [Fact]
    public async Task A_server_killed_while_commands_stream_in_loses_no_command_it_acknowledged()
    {
        var database = Path.Combine(_directory, "metaverse.db");
        using var server = StartServer(database);
        var api = await ReadHttpAddress(server);
        using var http = new HttpClient { BaseAddress = api, Timeout = TimeSpan.FromSeconds(10) };
        var udpPort = await LoginUdpPort(http);
        using var client = await ProtocolClient.LoginAndConnect(http, new IPEndPoint(IPAddress.Loopback, udpPort), "ada");
        client.Send(new Hello { ProtocolVersion = SessionHost.ProtocolVersion, ClientName = "ada" });
        client.Expect<Welcome>("welcome");

        var acknowledged = StreamCommandsUntilKilled(client, server, killAfter: 40);

        var stored = new AuditReader(database).Query(new AuditFilter { Action = SessionHost.CreateRoomAction, Limit = AuditFilter.MaxLimit })
            .Select(r => r.NewValue).ToHashSet();
        Assert.True(acknowledged.Count >= 40, $"only {acknowledged.Count} commands were acknowledged before the kill");
        Assert.All(acknowledged, name => Assert.Contains(name, stored));
        Assert.IsType<AuditVerification.Ok>(AuditVerifier.Verify(database));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>Keeps up to 16 commands in flight; kills the server once enough were acknowledged; returns the acknowledged room names.</summary>
    private static List<string> StreamCommandsUntilKilled(ProtocolClient client, Process server, int killAfter)
    {
        var acknowledged = new List<string>();
        var sent = 0;
        var clock = Stopwatch.StartNew();
        while (!server.HasExited)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "the kill did not happen in time");
            while (sent - acknowledged.Count < 16 && acknowledged.Count < killAfter)
            {
                var command = new Command { RequestId = $"r{sent}", Action = SessionHost.CreateRoomAction, Reason = "crash test" };
                command.Arguments["name"] = $"room-{sent++}";
                client.Send(command);
            }

            client.Pump();
            acknowledged.AddRange(client.Received.OfType<CommandResult>().Where(r => r.Ok).Select(r => "room-" + r.RequestId[1..]));
            client.Received.Clear();
            if (acknowledged.Count >= killAfter)
            {
                server.Kill();
                server.WaitForExit(10_000);
            }
        }

        return acknowledged;
    }

    private static Process StartServer(string database)
    {
        var start = new ProcessStartInfo(DotnetHost()) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "metaverse-server.dll"), "serve", "--udp-port", "0", "--http-port", "0", "--db", database })
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("could not start the server");
    }

    private static async Task<Uri> ReadHttpAddress(Process server)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (await server.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (ListeningOn().Match(line) is { Success: true } match)
            {
                return new Uri(match.Groups[1].Value);
            }
        }

        throw new InvalidOperationException($"the server exited before listening: {await server.StandardError.ReadToEndAsync(timeout.Token)}");
    }

    private static async Task<int> LoginUdpPort(HttpClient http)
    {
        var response = await http.PostAsync(new Uri("/api/login", UriKind.Relative), new StringContent("{\"name\":\"probe\",\"role\":\"operator\"}", System.Text.Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        return System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("udpPort").GetInt32();
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path && File.Exists(path) ? path : "dotnet";

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningOn();
}
