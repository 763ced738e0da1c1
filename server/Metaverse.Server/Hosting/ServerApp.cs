using System.Net;
using Metaverse.Server.Auth;
using Metaverse.Server.Http;
using Metaverse.Server.Storage;
using Metaverse.Server.Twins;
using Metaverse.Shared.Net.Simulation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Metaverse.Server.Hosting;

/// <summary>
/// Builds the running server: Kestrel for HTTP and the simulation thread for UDP. Configuration the
/// ASP.NET Core way: appsettings.json beside the executable, then environment variables
/// (<c>Metaverse__TickHz=60</c>), then the overrides given (command-line flags).
/// </summary>
public static class ServerApp
{
    /// <summary>Reads and validates the options; errors name the setting and its accepted range.</summary>
    public static (ServerOptions Options, IReadOnlyList<string> Errors) ReadOptions(IConfiguration configuration)
    {
        var options = configuration.GetSection(ServerOptions.Section).Get<ServerOptions>() ?? new ServerOptions();
        return (options, options.Validate());
    }

    /// <summary>Builds the server; opens (creating and migrating) the database. Throws <see cref="OptionsException"/> for bad settings.</summary>
    public static WebApplication Build(IReadOnlyDictionary<string, string?> overrides, string[]? args = null) => Build(overrides, args, conditions: null);

    /// <summary>As <see cref="Build(IReadOnlyDictionary{string, string?}, string[])"/>, with the server's UDP socket behind the network simulator (tests).</summary>
    internal static WebApplication Build(IReadOnlyDictionary<string, string?> overrides, string[]? args, NetworkConditions? conditions, TwinKinds? kinds = null, TimeProvider? clock = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args ?? [], ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(overrides);
        var (options, errors) = ReadOptions(builder.Configuration);
        if (errors.Count > 0)
        {
            throw new OptionsException(errors);
        }

        builder.Logging.ClearProviders();
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
        });
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Parse(options.Bind), options.HttpPort));
        var storage = StorageWriter.Open(options.Database);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(storage);
        builder.Services.AddSingleton(new AuditReader(storage.Path));
        builder.Services.AddSingleton(TokenService.WithRandomKey(clock ?? TimeProvider.System, TimeSpan.FromMinutes(options.SessionMinutes)));
        builder.Services.AddSingleton(services => new SimulationLoop(
            options, kinds ?? BuiltinTwinKinds.Create(), services.GetRequiredService<TokenService>(), storage, services.GetRequiredService<ILogger<SimulationLoop>>(), conditions));
        builder.Services.AddHostedService<StorageService>();
        builder.Services.AddHostedService<SimulationService>();
        var app = builder.Build();
        SimulationLoop simulation;
        try
        {
            simulation = app.Services.GetRequiredService<SimulationLoop>();
        }
        catch (OptionsException)
        {
            // The simulation refused a setting (an unknown default twin): close the database it never used.
            storage.CompleteAsync().GetAwaiter().GetResult();
            throw;
        }

        HttpEndpoints.Map(app, simulation);
        TwinEndpoints.Map(app, simulation);
        LoginEndpoint.Map(app, app.Services.GetRequiredService<TokenService>(), simulation, storage);
        AuditEndpoint.Map(app, app.Services.GetRequiredService<AuditReader>());
        return app;
    }

    /// <summary>The HTTP address Kestrel bound (resolves port 0); valid after start.</summary>
    public static Uri HttpAddress(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
}

/// <summary>Starts the simulation thread with the host and stops it (telling clients) on shutdown.</summary>
internal sealed class SimulationService(SimulationLoop simulation) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        simulation.Start();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        simulation.Stop();
        return Task.CompletedTask;
    }
}

/// <summary>Invalid server settings; the message lists each with its accepted range.</summary>
public sealed class OptionsException(IReadOnlyList<string> errors) : Exception("invalid settings: " + string.Join("; ", errors))
{
    public IReadOnlyList<string> Errors => errors;
}
