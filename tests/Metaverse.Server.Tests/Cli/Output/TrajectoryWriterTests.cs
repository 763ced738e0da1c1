using System.Text.Json;
using Metaverse.Server.Cli.Output;
using Metaverse.Twins.Core;

namespace Metaverse.Server.Tests.Cli.Output;

public class TrajectoryWriterTests
{
    private static Trajectory Sample()
    {
        var trajectory = new Trajectory([new("feeder.api.flow", "kg/h", "API flow"), new("ratio", string.Empty, "dimensionless")]);
        trajectory.Add(0, [1.0 / 3, 2]);
        trajectory.Add(60, [0.1, double.NaN]);
        return trajectory;
    }

    [Fact]
    public void Csv_has_units_in_the_header_and_round_trip_numbers()
    {
        var lines = TrajectoryWriter.ToCsv(Sample()).Split('\n');

        Assert.Equal("time_s,feeder.api.flow [kg/h],ratio", lines[0]);
        Assert.Equal(1.0 / 3, double.Parse(lines[1].Split(',')[1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("60,0.1,", lines[2]);
    }

    [Fact]
    public void Json_holds_summary_times_and_channels_with_units_and_nan_as_null()
    {
        using var json = JsonDocument.Parse(TrajectoryWriter.ToJson("cdc-line", Sample(), new Dictionary<string, double> { ["av"] = 4.2 }));
        var root = json.RootElement;

        Assert.Equal(4.2, root.GetProperty("av").GetDouble());
        Assert.Equal(60, root.GetProperty("time_s")[1].GetDouble());
        Assert.Equal("kg/h", root.GetProperty("channels").GetProperty("feeder.api.flow").GetProperty("unit").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("channels").GetProperty("ratio").GetProperty("values")[1].ValueKind);
    }
}
