using System.CommandLine;
using System.Text.Json;
using System.Xml.Linq;
using Metaverse.Server.Cli.Simulate;

namespace Metaverse.Server.Tests.Cli.Simulate;

public class SimulateBioprocessCommandTests
{
    [Fact]
    public void Lyo_json_holds_the_summary_figures_and_the_time_series()
    {
        var (code, output, _) = Invoke("simulate", "lyo", "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(6.66, root.GetProperty("primary_drying_time_h").GetDouble(), 0.05);
        Assert.InRange(root.GetProperty("max_sublimation_front_temperature_c").GetDouble(), -20, -10);
        Assert.True(root.GetProperty("max_vial_bottom_temperature_c").GetDouble() >= root.GetProperty("max_sublimation_front_temperature_c").GetDouble());
        Assert.InRange(root.GetProperty("peak_sublimation_flux_kg_per_h_m2").GetDouble(), 0.5, 3);
        Assert.True(root.GetProperty("channels").GetProperty("center.front_temperature").GetProperty("values").GetArrayLength() > 50);
    }

    [Fact]
    public void Lyo_drying_time_follows_the_fill_flag()
    {
        var (_, small, _) = Invoke("simulate", "lyo", "--fill-ml", "1");
        var (_, large, _) = Invoke("simulate", "lyo", "--fill-ml", "3");

        Assert.True(DryingTime(large) > 2 * DryingTime(small));
    }

    [Theory]
    [InlineData("--fill-ml", "500", "--fill-ml")]
    [InlineData("--chamber-pressure-torr", "abc", "--chamber-pressure-torr")]
    [InlineData("--shelf-ramp-c-per-min", "0", "--shelf-ramp-c-per-min")]
    [InlineData("--bogus", "1", "--bogus")]
    public void Lyo_bad_flags_exit_2_naming_the_flag_and_range(string flag, string value, string named)
    {
        var (code, output, error) = Invoke("simulate", "lyo", flag, value);

        Assert.Equal(SimulateCommand.ExitBadInput, code);
        Assert.Empty(output);
        Assert.Contains(named, error, StringComparison.Ordinal);
        Assert.Contains("accepted", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Bioreactor_csv_has_one_row_per_interval_and_a_header_with_units()
    {
        var (code, output, _) = Invoke("simulate", "bioreactor", "--duration", "2d", "--output-interval", "6h", "--format", "csv");

        Assert.Equal(0, code);
        var lines = output.TrimEnd().Split('\n');
        Assert.Equal(1 + 9, lines.Length);
        Assert.StartsWith("time_s,cells.viable [10*6/mL]", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Bioreactor_set_overrides_a_parameter()
    {
        var (_, slow, _) = Invoke("simulate", "bioreactor", "--duration", "3d", "--set", "mu_max=0.015");
        var (_, fast, _) = Invoke("simulate", "bioreactor", "--duration", "3d");

        Assert.True(Summary(slow, "peak_viable_cells_1e6_per_ml") < Summary(fast, "peak_viable_cells_1e6_per_ml"));
    }

    [Fact]
    public void Bioreactor_svg_is_well_formed()
    {
        var (code, output, _) = Invoke("simulate", "bioreactor", "--duration", "14d", "--output-interval", "4h", "--format", "svg");

        Assert.Equal(0, code);
        Assert.Equal(10, XDocument.Parse(output).Descendants(XName.Get("polyline", "http://www.w3.org/2000/svg")).Count());
    }

    [Theory]
    [InlineData("--set", "mu_max=5", "--set mu_max")]
    [InlineData("--set", "nonsense=1", "--set")]
    [InlineData("--duration", "100d", "--duration")]
    [InlineData("--output-interval", "soon", "--output-interval")]
    public void Bioreactor_bad_flags_exit_2_naming_the_flag(string flag, string value, string named)
    {
        var (code, _, error) = Invoke("simulate", "bioreactor", flag, value);

        Assert.Equal(SimulateCommand.ExitBadInput, code);
        Assert.Contains(named, error, StringComparison.Ordinal);
    }

    private static double DryingTime(string json) => Summary(json, "primary_drying_time_h");

    private static double Summary(string json, string name)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty(name).GetDouble();
    }

    private static (int Code, string Output, string Error) Invoke(params string[] args)
    {
        var root = new RootCommand { SimulateCommand.Create() };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }
}
