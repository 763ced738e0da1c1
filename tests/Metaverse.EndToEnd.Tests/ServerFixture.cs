using System.Net;
using Metaverse.Server.Hosting;
using Metaverse.Shared.Net.Simulation;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Metaverse.EndToEnd.Tests;

/// <summary>The real server in-process (Kestrel, UDP, a fresh SQLite file), optionally behind the network simulator.</summary>
internal sealed class ServerFixture : IAsyncDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("metaverse-e2e-").FullName;
    private WebApplication _app = null!;

    public Uri Api { get; private set; } = null!;

    public IPEndPoint Udp { get; private set; } = null!;

    /// <summary>Starts with free ports, a fresh database and the given "Metaverse:..." settings on top.</summary>
    public static async Task<ServerFixture> Start(NetworkConditions? conditions = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var fixture = new ServerFixture();
        var overrides = new Dictionary<string, string?>
        {
            ["Metaverse:UdpPort"] = "0",
            // Every test client connects from 127.0.0.1.
            ["Metaverse:MaxSessionsPerAddress"] = "4096",
            ["Metaverse:HttpPort"] = "0",
            ["Metaverse:Database"] = Path.Combine(fixture._directory, "metaverse.db"),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            overrides[key] = value;
        }

        fixture._app = ServerApp.Build(overrides, args: null, conditions);
        await fixture._app.StartAsync();
        fixture.Api = ServerApp.HttpAddress(fixture._app);
        fixture.Udp = fixture._app.Services.GetRequiredService<SimulationLoop>().UdpEndPoint;
        return fixture;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
