using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Metaverse.Server.Twins;

namespace Metaverse.Server.Tests.Twins;

/// <summary>A what-if on the real CDC line of a running server: the fork with a faster turret makes more tablets; the live line is untouched.</summary>
public sealed class PlantWhatIfTests : IAsyncLifetime
{
    private RunningServer _server = null!;

    public async Task InitializeAsync() => _server = await RunningServer.StartAsync(
        new Dictionary<string, string?> { ["Metaverse:DefaultTwins"] = "cdc-line" }, BuiltinTwinKinds.Create());

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_faster_turret_in_the_fork_makes_more_tablets_over_two_hours()
    {
        var body = new
        {
            duration = "2h",
            output_interval = "30min",
            commands = new[] { new { at = "0s", action = "setpoint", arguments = new Dictionary<string, string> { ["name"] = "press.turret_speed", ["value"] = "70" } } },
        };

        var response = await _server.Http.PostAsJsonAsync(new Uri("/api/rooms/default/twins/cdc-line-1/what-if", UriKind.Relative), body);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        double Tablets(string run) => json.GetProperty(run).GetProperty("channels").GetProperty("press.tablets").GetProperty("values")[4].GetDouble();
        Assert.True(Tablets("what_if") > Tablets("baseline") * 1.1, $"{Tablets("what_if")} vs {Tablets("baseline")} tablets");
        var live = await _server.Http.GetFromJsonAsync<JsonElement>(new Uri("/api/rooms/default/twins", UriKind.Relative));
        Assert.InRange(live[0].GetProperty("time_s").GetDouble(), 0, 120);
    }

    [Fact]
    public async Task Metrics_show_the_rooms_twins_and_their_step_time()
    {
        await Task.Delay(TimeSpan.FromSeconds(0.5));

        var metrics = await _server.Http.GetStringAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Contains("metaverse_room_twins{room=\"default\"} 1\n", metrics, StringComparison.Ordinal);
        Assert.Contains("metaverse_room_twin_step_seconds_total{room=\"default\"} ", metrics, StringComparison.Ordinal);
        Assert.Contains("metaverse_snapshot_twin_bytes_total ", metrics, StringComparison.Ordinal);
    }
}
