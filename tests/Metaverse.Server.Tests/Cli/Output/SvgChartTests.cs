using System.Xml.Linq;
using Metaverse.Server.Cli.Output;

namespace Metaverse.Server.Tests.Cli.Output;

public class SvgChartTests
{
    [Fact]
    public void Renders_well_formed_svg_with_one_line_per_series_a_band_and_legend()
    {
        var x = new double[] { 0, 1, 2, 3 };
        var panel = new ChartPanel("Concentration <API>", "time [h]", "c [mg/L]", [new("median", x, [1, 2, 3, 2]), new("observed", x, [1, 2.5, 2.5, 2])])
        {
            Bands = [new ChartBand("5–95 %", x, [0.5, 1, 2, 1], [1.5, 3, 4, 3])],
            References = [("MIC", 2)],
        };

        var svg = XDocument.Parse(SvgChart.Render("Trial & arms", [panel, panel]));

        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(4, svg.Descendants(ns + "polyline").Count());
        Assert.Equal(2, svg.Descendants(ns + "polygon").Count());
        Assert.Contains(svg.Descendants(ns + "text"), t => t.Value == "Concentration <API>");
        Assert.Contains(svg.Descendants(ns + "text"), t => t.Value == "MIC");
    }

    [Fact]
    public void A_flat_series_still_gets_a_finite_axis()
    {
        var panel = new ChartPanel("flat", "t", "y", [new("y", [0, 1], [5, 5])]);

        var svg = SvgChart.Render("flat", [panel]);

        Assert.DoesNotContain("NaN", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("Infinity", svg, StringComparison.Ordinal);
    }
}
