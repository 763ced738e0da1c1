using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using Metaverse.Server.Cli.Simulate;

namespace Metaverse.Server.Tests.Cli.Simulate;

public class SimulateCdcCommandTests
{
    [Fact]
    public void Json_has_every_channel_and_a_closed_mass_balance()
    {
        var (exit, output, error) = Run("simulate", "cdc", "--duration", "2h", "--output-interval", "10min", "--seed", "3");

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("cdc-line", root.GetProperty("model").GetString());
        Assert.Equal(13, root.GetProperty("time_s").GetArrayLength());
        Assert.Equal("kg/h", root.GetProperty("channels").GetProperty("feeder.api.flow").GetProperty("unit").GetString());
        Assert.True(root.GetProperty("mass_balance_relative_error").GetDouble() < 1e-9);
        Assert.True(root.GetProperty("tablets").GetDouble() > 100_000);
    }

    [Fact]
    public void Csv_with_set_and_events_applies_them_at_their_time()
    {
        var (exit, output, error) = Run(
            "simulate", "cdc", "--duration", "1h", "--output-interval", "1min", "--format", "csv",
            "--set", "press.turret_speed=40", "--event", "30min:refill:api", "--event", "45min:setpoint:press.turret_speed=60");

        Assert.True(exit == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        var level = Array.IndexOf(header, "feeder.api.level [kg]");
        var rate = Array.IndexOf(header, "press.throughput [{tablets}/h]");
        double Cell(int row, int column) => double.Parse(lines[row + 1].Split(',')[column], CultureInfo.InvariantCulture);
        Assert.Equal(61, lines.Length - 1);
        Assert.Equal(40 * 24 * 60, Cell(20, rate), 6);
        Assert.True(Cell(31, level) > Cell(30, level), "the refill raises the API hopper level");
        Assert.Equal(60 * 24 * 60, Cell(50, rate), 6);
    }

    [Fact]
    public void Svg_output_and_plot_file_are_well_formed_charts()
    {
        var plot = Path.Combine(Path.GetTempPath(), $"cdc-{Guid.NewGuid():N}.svg");
        try
        {
            var (exit, output, error) = Run("simulate", "cdc", "--duration", "30min", "--format", "svg");
            var (plotExit, json, _) = Run("simulate", "cdc", "--duration", "30min", "--plot", plot);

            Assert.True(exit == 0, error);
            Assert.Equal(0, plotExit);
            XNamespace ns = "http://www.w3.org/2000/svg";
            Assert.True(XDocument.Parse(output).Descendants(ns + "polyline").Count() >= 9);
            Assert.True(XDocument.Load(plot).Descendants(ns + "polyline").Count() >= 9);
            Assert.StartsWith("{", json, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(plot);
        }
    }

    [Fact]
    public void Unknown_parameter_exits_2_listing_the_valid_names()
    {
        var (exit, _, error) = Run("simulate", "cdc", "--set", "feeder.api.speed=3");

        Assert.Equal(SimulateCommand.ExitBadInput, exit);
        Assert.Contains("feeder.api.speed", error, StringComparison.Ordinal);
        Assert.Contains("feeder.api.setpoint", error, StringComparison.Ordinal);
        Assert.Contains("blender.mrt", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--set", "blender.mrt=2", "blender.mrt", "5–1800 s")]
    [InlineData("--set", "blender.tanks=2.5", "blender.tanks", "whole")]
    [InlineData("--duration", "eight hours", "--duration", "ms, s, min, h or d")]
    [InlineData("--event", "2h:refill:binder", "--event feeder", "api|excipient|lubricant")]
    [InlineData("--event", "2h:explode", "--event", "setpoint:NAME=VALUE")]
    [InlineData("--event", "2h:setpoint:press.stations=500", "press.stations", "1–80")]
    public void Bad_values_exit_2_naming_the_field_and_range(string flag, string value, string field, string range)
    {
        var (exit, output, error) = flag == "--duration" ? Run("simulate", "cdc", flag, value) : Run("simulate", "cdc", "--duration", "10min", flag, value);

        Assert.Equal(SimulateCommand.ExitBadInput, exit);
        Assert.Empty(output);
        Assert.Contains(field, error, StringComparison.Ordinal);
        Assert.Contains(range, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_documents_the_event_syntax()
    {
        var (_, output, _) = Run("simulate", "cdc", "--help");

        Assert.Contains("TIME:ACTION[:ARG]", output, StringComparison.Ordinal);
        Assert.Contains("setpoint:NAME=VALUE", output, StringComparison.Ordinal);
    }

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var root = new RootCommand { SimulateCommand.Create() };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }
}
