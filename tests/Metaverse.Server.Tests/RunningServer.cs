using System.Net;
using Metaverse.Server.Hosting;
using Metaverse.Server.Twins;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Metaverse.Server.Tests;

/// <summary>The real server in-process: Kestrel and UDP on ports the OS picks, a fresh SQLite file, deleted afterwards.</summary>
internal sealed class RunningServer : IAsyncDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("metaverse-server-").FullName;

    private RunningServer()
    {
    }

    public WebApplication App { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public IPEndPoint Udp { get; private set; } = null!;

    public string DatabasePath => Path.Combine(_directory, "metaverse.db");

    /// <summary>Starts with the given "Metaverse:..." settings on top of free ports and a temporary database.</summary>
    /// <param name="settings">"Metaverse:..." settings.</param>
    /// <param name="kinds">The twin kinds; the built-in ones when null.</param>
    /// <param name="clock">The clock sign-in tokens and sessions expire by; the system's when null.</param>
    public static async Task<RunningServer> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, TwinKinds? kinds = null, TimeProvider? clock = null)
    {
        var server = new RunningServer();
        var overrides = new Dictionary<string, string?>
        {
            ["Metaverse:UdpPort"] = "0",
            // Every test client connects from 127.0.0.1.
            ["Metaverse:MaxSessionsPerAddress"] = "4096",
            ["Metaverse:HttpPort"] = "0",
            ["Metaverse:Database"] = server.DatabasePath,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            overrides[key] = value;
        }

        try
        {
            server.App = ServerApp.Build(overrides, null, null, kinds, clock);
        }
        catch (OptionsException)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(server._directory, recursive: true);
            throw;
        }

        await server.App.StartAsync();
        server.Http = new HttpClient { BaseAddress = ServerApp.HttpAddress(server.App), Timeout = TimeSpan.FromSeconds(10) };
        server.Udp = server.App.Services.GetRequiredService<SimulationLoop>().UdpEndPoint;
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
