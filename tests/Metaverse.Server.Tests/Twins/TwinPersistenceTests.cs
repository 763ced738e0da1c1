using System.Net.Http.Json;
using System.Text.Json;
using Metaverse.Server.Hosting;
using Metaverse.Server.Sessions;
using Metaverse.Server.Storage;
using Metaverse.Server.Tests.Sessions;
using Metaverse.Server.Twins;
using Metaverse.Shared.Messages;
using Metaverse.Twins.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Metaverse.Server.Tests.Twins;

/// <summary>The default room's twins survive a restart on the same database file (real SQLite, real server twice).</summary>
public sealed class TwinPersistenceTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("metaverse-persist-").FullName;

    private string Database => Path.Combine(_directory, "metaverse.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task The_line_continues_from_its_saved_time_and_a_created_patient_comes_back()
    {
        double before;
        await using (var first = await Start())
        {
            using var http = Http(first);
            using var clinician = await ProtocolClient.Joined(http, Udp(first), "cleo", "clinician");
            clinician.Send(new Command { RequestId = "p", Action = SessionHost.CreateTwinAction, Reason = "case", Arguments = { ["kind"] = "patient" } });
            Assert.True(clinician.Expect<CommandResult>("created").Ok);
            await Task.Delay(TimeSpan.FromSeconds(1));
            before = TimeOf(await Twins(http), "cdc-line-1");
            await first.StopAsync();
        }

        Assert.Equal(["cdc-line-1", "patient-1"], TwinStateReader.Load(Database, "default").Select(t => t.TwinId));
        await using var second = await Start();
        using var again = Http(second);
        var twins = await Twins(again);

        Assert.True(TimeOf(twins, "cdc-line-1") >= before, $"the line restarted at {TimeOf(twins, "cdc-line-1")} s, it was at {before} s");
        Assert.Contains(twins.EnumerateArray(), t => t.GetProperty("id").GetString() == "patient-1");
    }

    [Fact]
    public async Task A_corrupt_saved_state_leaves_a_fresh_twin_and_the_server_serving()
    {
        await using (var writer = StorageWriter.Open(Database))
        {
            await writer.SaveTwinStatesAsync([new SavedTwin("default", "cdc-line-1", new TwinSnapshot("cdc-line", 1, "{\"not\":\"a line\"}"u8.ToArray()))]);
        }

        await using var server = await Start();
        using var http = Http(server);

        Assert.InRange(TimeOf(await Twins(http), "cdc-line-1"), 0, 30);
    }

    private async Task<WebApplication> Start()
    {
        var app = ServerApp.Build(
            new Dictionary<string, string?>
            {
                ["Metaverse:UdpPort"] = "0",
                ["Metaverse:HttpPort"] = "0",
                ["Metaverse:Database"] = Database,
                ["Metaverse:DefaultTwins"] = "cdc-line",
            },
            null,
            null,
            BuiltinTwinKinds.Create());
        await app.StartAsync();
        return app;
    }

    private static HttpClient Http(WebApplication app) => new() { BaseAddress = ServerApp.HttpAddress(app), Timeout = TimeSpan.FromSeconds(10) };

    private static System.Net.IPEndPoint Udp(WebApplication app) => app.Services.GetRequiredService<SimulationLoop>().UdpEndPoint;

    private static async Task<JsonElement> Twins(HttpClient http) =>
        await http.GetFromJsonAsync<JsonElement>(new Uri("/api/rooms/default/twins", UriKind.Relative));

    private static double TimeOf(JsonElement twins, string id) =>
        twins.EnumerateArray().First(t => t.GetProperty("id").GetString() == id).GetProperty("time_s").GetDouble();
}
