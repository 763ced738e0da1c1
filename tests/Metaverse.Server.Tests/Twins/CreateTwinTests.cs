using Metaverse.Server.Sessions;
using Metaverse.Server.Tests.Sessions;
using Metaverse.Server.Twins;
using Metaverse.Shared.Messages;

namespace Metaverse.Server.Tests.Twins;

/// <summary><c>twin.create</c> on a running server with the built-in kinds: validation, rights, audit, and the new catalog.</summary>
public sealed class CreateTwinTests : IAsyncLifetime
{
    private RunningServer _server = null!;

    public async Task InitializeAsync() => _server = await RunningServer.StartAsync(
        new Dictionary<string, string?> { ["Metaverse:DefaultTwins"] = "none" }, BuiltinTwinKinds.Create());

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("clinician", "reactor", "", "arguments.kind")]
    [InlineData("student", "patient", "", "role")]
    [InlineData("clinician", "patient", "weight=500", "arguments.weight")]
    [InlineData("clinician", "patient", "weight=70;age=40;sex=other;serum_creatinine=1", "arguments.sex")]
    public async Task A_bad_create_names_the_field(string role, string kind, string arguments, string field)
    {
        using var client = await Joined(role);
        var command = new Command { RequestId = "c1", Action = SessionHost.CreateTwinAction, Reason = "case", Arguments = { ["kind"] = kind } };
        foreach (var pair in arguments.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=')))
        {
            command.Arguments[pair[0]] = pair[1];
        }

        client.Send(command);
        var result = client.Expect<CommandResult>("the result");

        Assert.False(result.Ok);
        Assert.Equal(field, result.ErrorField);
    }

    [Fact]
    public async Task A_created_patient_joins_the_catalog_under_the_next_free_id()
    {
        using var client = await Joined("pharmacologist");

        for (var i = 1; i <= 2; i++)
        {
            client.Send(new Command { RequestId = $"c{i}", Action = SessionHost.CreateTwinAction, Reason = "cohort demo", Arguments = { ["kind"] = "patient" } });
            Assert.True(client.Expect(e => e is CommandResult { RequestId: var id } r && id == $"c{i}" ? r : null, "the result").Ok);
        }

        client.PumpUntil(() => client.Received.Any(e => e is TwinCatalog { Twins.Count: 2 }), "a catalog with both patients");
        var catalog = client.Received.OfType<TwinCatalog>().Last();
        Assert.Equal(["patient-1", "patient-2"], catalog.Twins.Select(t => t.TwinId));
    }

    [Fact]
    public async Task A_trial_twin_is_simulated_off_the_tick_then_publishes_per_arm_summaries()
    {
        using var client = await Joined("researcher");
        var spec = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "assets", "trials", "example-trial.json"));

        client.Send(new Command { RequestId = "t1", Action = SessionHost.CreateTwinAction, Reason = "regimen comparison", Arguments = { ["kind"] = "trial", ["spec"] = spec } });
        var result = client.Expect<CommandResult>("the result", seconds: 30);
        client.PumpUntil(() => client.Received.Any(e => e is TwinCatalog { Twins.Count: 1 }), "the trial's catalog");

        Assert.True(result.Ok, result.Message);
        var channels = client.Received.OfType<TwinCatalog>().Last().Twins[0].Channels.Select(c => c.Name).ToList();
        Assert.Contains("arm3.pta", channels);
        Assert.Contains("arm1.p95", channels);
    }

    [Fact]
    public async Task A_trial_without_a_spec_is_refused_naming_it()
    {
        using var client = await Joined("researcher");

        client.Send(new Command { RequestId = "t1", Action = SessionHost.CreateTwinAction, Reason = "x", Arguments = { ["kind"] = "trial" } });

        Assert.Equal("arguments.spec", client.Expect<CommandResult>("the result").ErrorField);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Metaverse.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Metaverse.sln not found above the test binaries");
    }

    private Task<ProtocolClient> Joined(string role) => ProtocolClient.Joined(_server.Http, _server.Udp, $"user-{role}", role);
}
