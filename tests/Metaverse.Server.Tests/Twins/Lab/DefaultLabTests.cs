using System.Net.Http.Json;
using System.Text.Json;
using Metaverse.Server.Hosting;
using Metaverse.Server.Twins.Lab;
using Microsoft.Extensions.DependencyInjection;

namespace Metaverse.Server.Tests.Twins.Lab;

public class DefaultLabTests
{
    [Fact]
    public async Task The_default_room_runs_molecule_lab_1_with_its_forty_channels_and_lists_its_commands()
    {
        await using var server = await RunningServer.StartAsync();

        var channels = await server.App.Services.GetRequiredService<SimulationLoop>()
            .InvokeAsync(rooms => rooms.Default.Twins.Find("molecule-lab-1") is { Twin: MoleculeLab lab } ? lab.Channels.Count : 0);

        Assert.Equal(40, channels);
        var twins = await server.Http.GetFromJsonAsync<JsonElement>(new Uri("/api/rooms/default/twins", UriKind.Relative));
        var lab = twins.EnumerateArray().Single(t => t.GetProperty("id").GetString() == "molecule-lab-1");
        Assert.Contains("grab", lab.GetRawText(), StringComparison.Ordinal);
    }
}
