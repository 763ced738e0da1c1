using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Metaverse.Server.Tests.Sessions;
using Metaverse.Server.Twins;
using Metaverse.Shared.Messages;
using Metaverse.Shared.Replication;

namespace Metaverse.Server.Tests.Twins;

/// <summary>Twins in the default room of a running server: replication, audited commands, HTTP state, history and what-if.</summary>
public sealed class TwinHostingTests : IAsyncLifetime
{
    private RunningServer _server = null!;

    public async Task InitializeAsync() => _server = await RunningServer.StartAsync(
        new Dictionary<string, string?> { ["Metaverse:DefaultTwins"] = "ramp" },
        new TwinKinds([RampTwin.Kind()]));

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_joined_client_gets_the_catalog_then_the_channel_values()
    {
        using var ada = await Joined("ada");

        var catalog = ada.Expect<TwinCatalog>("the twin catalog");
        ada.PumpUntil(() => ada.Received.Any(e => e is Snapshot { TwinValues.Length: > 0 }), "a snapshot with twin values");

        Assert.Equal("ramp-1", catalog.Twins.Single().TwinId);
        Assert.Equal(["time", "level", "still"], catalog.Twins[0].Channels.Select(c => c.Name));
        var values = Values(ada.Received.OfType<Snapshot>().First(s => s is { TwinValues.Length: > 0 })!);
        Assert.Equal(42f, values[2]);
    }

    [Fact]
    public async Task An_accepted_command_is_audited_with_old_and_new_value_then_applied()
    {
        using var ada = await Joined("ada");

        var result = Command(ada, new Command { RequestId = "r1", TwinId = "ramp-1", Action = "setpoint", Arguments = { ["value"] = "7.5" }, Reason = "faster ramp for the drill" });

        Assert.True(result.Ok, result.Message);
        var audit = await _server.Http.GetFromJsonAsync<JsonElement>(new Uri("/api/audit?action=twin.setpoint", UriKind.Relative));
        var record = audit.EnumerateArray().Single();
        Assert.Equal("rate", record.GetProperty("target").GetString());
        Assert.Equal("1", record.GetProperty("oldValue").GetString());
        Assert.Equal("7.5", record.GetProperty("newValue").GetString());
        Assert.Equal("faster ramp for the drill", record.GetProperty("reason").GetString());
        var response = await _server.Http.PostAsJsonAsync(new Uri("/api/rooms/default/twins/ramp-1/what-if", UriKind.Relative), new { duration = "1h", output_interval = "1h" });
        var level = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("baseline").GetProperty("channels").GetProperty("level").GetProperty("values");
        Assert.Equal(7.5 * 3600, level[1].GetDouble() - level[0].GetDouble(), 6);
    }

    [Theory]
    [InlineData("no-such-twin", "setpoint", "5", "a reason", "twin_id")]
    [InlineData("ramp-1", "setpoint", "11", "a reason", "rate")]
    [InlineData("ramp-1", "setpoint", "5", " ", "reason")]
    [InlineData("ramp-1", "explode", "5", "a reason", "action")]
    [InlineData("ramp-1", "time-scale", "5000", "a reason", "arguments.scale")]
    public async Task A_refused_command_names_the_field_and_changes_nothing(string twin, string action, string value, string reason, string field)
    {
        using var ada = await Joined("ada");
        var arguments = action == "time-scale" ? "scale" : "value";

        var result = Command(ada, new Command { RequestId = "r1", TwinId = twin, Action = action, Arguments = { [arguments] = value }, Reason = reason });

        Assert.False(result.Ok);
        Assert.Equal(field, result.ErrorField);
        Assert.NotEmpty(result.AcceptedRange);
        var audit = await _server.Http.GetFromJsonAsync<JsonElement>(new Uri("/api/audit", UriKind.Relative));
        Assert.Equal(0, audit.GetArrayLength());
    }

    [Fact]
    public async Task A_role_without_command_rights_may_watch_but_not_change()
    {
        using var student = await Joined("sam", "student");

        var result = Command(student, new Command { RequestId = "r1", TwinId = "ramp-1", Action = "setpoint", Arguments = { ["value"] = "2" }, Reason = "curious" });

        Assert.Equal("role", result.ErrorField);
        Assert.Equal("operator", result.AcceptedRange);
    }

    [Fact]
    public async Task History_returns_recorded_rows_of_every_channel()
    {
        await Task.Delay(TimeSpan.FromSeconds(2.2));

        var history = await _server.Http.GetFromJsonAsync<JsonElement>(new Uri("/api/rooms/default/twins/ramp-1/history", UriKind.Relative));

        Assert.InRange(history.GetProperty("time_s").GetArrayLength(), 2, 4);
        Assert.Equal(42, history.GetProperty("channels").GetProperty("still").GetProperty("values")[0].GetDouble());
    }

    [Fact]
    public async Task What_if_runs_both_forks_ahead_and_leaves_the_live_twin_alone()
    {
        var body = new { duration = "1h", output_interval = "30min", commands = new[] { new { at = "0s", action = "setpoint", arguments = new Dictionary<string, string> { ["value"] = "3" } } } };

        var response = await _server.Http.PostAsJsonAsync(new Uri("/api/rooms/default/twins/ramp-1/what-if", UriKind.Relative), body);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var asIs = json.GetProperty("baseline").GetProperty("channels").GetProperty("level").GetProperty("values");
        var whatIf = json.GetProperty("what_if").GetProperty("channels").GetProperty("level").GetProperty("values");
        Assert.Equal(3600, asIs[2].GetDouble() - asIs[0].GetDouble(), 6);
        Assert.Equal(3 * 3600, whatIf[2].GetDouble() - whatIf[0].GetDouble(), 6);
        var live = await _server.Http.GetFromJsonAsync<JsonElement>(new Uri("/api/rooms/default/twins", UriKind.Relative));
        Assert.InRange(live[0].GetProperty("time_s").GetDouble(), 0, 60);
    }

    [Theory]
    [InlineData("{\"duration\":\"8 parsecs\",\"output_interval\":\"1min\"}", "duration")]
    [InlineData("{\"duration\":\"8h\",\"output_interval\":\"1s\"}", "output_interval")]
    [InlineData("{\"duration\":\"1h\",\"output_interval\":\"1min\",\"commands\":[{\"at\":\"0s\",\"action\":\"setpoint\",\"arguments\":{\"value\":\"99\"}}]}", "commands")]
    [InlineData("{\"duration\": 5}", "duration")]
    [InlineData("not json", "body")]
    public async Task A_bad_what_if_request_gets_400_naming_the_field(string body, string field)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        var response = await _server.Http.PostAsync(new Uri("/api/rooms/default/twins/ramp-1/what-if", UriKind.Relative), content);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    private static float[] Values(Snapshot snapshot)
    {
        var values = new float[3];
        Assert.True(TwinValueCodec.TryDecode(snapshot.TwinValues.Span, 3, (i, v) => values[i] = v));
        return values;
    }

    private static CommandResult Command(ProtocolClient client, Command command)
    {
        client.Send(command);
        return client.Expect<CommandResult>("the command result");
    }

    private Task<ProtocolClient> Joined(string name, string role = "operator") => ProtocolClient.Joined(_server.Http, _server.Udp, name, role);
}
