using System.Globalization;
using System.Security;
using System.Text;

namespace Metaverse.Server.Cli.Output;

/// <summary>
/// Renders panels stacked vertically into one standalone SVG document: axes with "nice" ticks,
/// lines, shaded bands, reference lines and a legend per panel. No scripts, no external fonts.
/// </summary>
public static class SvgChart
{
    private const int Width = 900;
    private const int PanelHeight = 260;
    private const int Left = 80;
    private const int Right = 190;
    private const int Top = 50;
    private const int Bottom = 45;
    private static readonly string[] Palette = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf"];

    public static string Render(string title, IReadOnlyList<ChartPanel> panels)
    {
        ArgumentNullException.ThrowIfNull(panels);
        var height = Top + (panels.Count * (PanelHeight + Bottom)) + 10;
        var svg = new StringBuilder();
        svg.Append(Inv($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\" font-family=\"sans-serif\" font-size=\"12\">\n"));
        svg.Append(Inv($"<rect width=\"{Width}\" height=\"{height}\" fill=\"white\"/>\n"));
        svg.Append(Inv($"<text x=\"{Width / 2}\" y=\"28\" text-anchor=\"middle\" font-size=\"17\" font-weight=\"bold\">{Escape(title)}</text>\n"));
        for (var i = 0; i < panels.Count; i++)
        {
            RenderPanel(svg, panels[i], Top + (i * (PanelHeight + Bottom)));
        }

        return svg.Append("</svg>\n").ToString();
    }

    private static void RenderPanel(StringBuilder svg, ChartPanel panel, int top)
    {
        var plotWidth = Width - Left - Right;
        var plotHeight = PanelHeight - 30;
        var plotTop = top + 22;
        var xs = panel.Series.SelectMany(s => s.X).Concat(panel.Bands.SelectMany(b => b.X));
        var ys = panel.Series.SelectMany(s => s.Y).Concat(panel.Bands.SelectMany(b => b.Low.Concat(b.High))).Concat(panel.References.Select(r => r.Y));
        var xAxis = Axis.Fit(xs);
        var yAxis = Axis.Fit(ys);
        double Px(double x) => Left + (plotWidth * xAxis.Fraction(x));
        double Py(double y) => plotTop + plotHeight - (plotHeight * yAxis.Fraction(y));

        svg.Append(Inv($"<text x=\"{Left}\" y=\"{top + 14}\" font-size=\"14\" font-weight=\"bold\">{Escape(panel.Title)}</text>\n"));
        svg.Append(Inv($"<rect x=\"{Left}\" y=\"{plotTop}\" width=\"{plotWidth}\" height=\"{plotHeight}\" fill=\"none\" stroke=\"#444\"/>\n"));
        foreach (var tick in xAxis.Ticks())
        {
            svg.Append(Inv($"<line x1=\"{Px(tick):F1}\" y1=\"{plotTop}\" x2=\"{Px(tick):F1}\" y2=\"{plotTop + plotHeight}\" stroke=\"#eee\"/>"));
            svg.Append(Inv($"<text x=\"{Px(tick):F1}\" y=\"{plotTop + plotHeight + 15}\" text-anchor=\"middle\">{Label(tick)}</text>\n"));
        }

        foreach (var tick in yAxis.Ticks())
        {
            svg.Append(Inv($"<line x1=\"{Left}\" y1=\"{Py(tick):F1}\" x2=\"{Left + plotWidth}\" y2=\"{Py(tick):F1}\" stroke=\"#eee\"/>"));
            svg.Append(Inv($"<text x=\"{Left - 6}\" y=\"{Py(tick) + 4:F1}\" text-anchor=\"end\">{Label(tick)}</text>\n"));
        }

        svg.Append(Inv($"<text x=\"{Left + (plotWidth / 2)}\" y=\"{plotTop + plotHeight + 32}\" text-anchor=\"middle\">{Escape(panel.XLabel)}</text>\n"));
        svg.Append(Inv($"<text transform=\"translate({Left - 58},{plotTop + (plotHeight / 2)}) rotate(-90)\" text-anchor=\"middle\">{Escape(panel.YLabel)}</text>\n"));
        var legend = 0;
        foreach (var band in panel.Bands)
        {
            var color = Palette[legend % Palette.Length];
            var upper = band.X.Select((x, k) => Inv($"{Px(x):F1},{Py(band.High[k]):F1}"));
            var lower = band.X.Select((x, k) => Inv($"{Px(x):F1},{Py(band.Low[k]):F1}")).Reverse();
            svg.Append(Inv($"<polygon points=\"{string.Join(' ', upper.Concat(lower))}\" fill=\"{color}\" fill-opacity=\"0.2\" stroke=\"none\"/>\n"));
            LegendEntry(svg, top, legend++, color, band.Label, 0.3);
        }

        foreach (var series in panel.Series)
        {
            var color = Palette[legend % Palette.Length];
            var points = series.X.Select((x, k) => Inv($"{Px(x):F1},{Py(series.Y[k]):F1}"));
            svg.Append(Inv($"<polyline points=\"{string.Join(' ', points)}\" fill=\"none\" stroke=\"{color}\" stroke-width=\"1.5\"/>\n"));
            LegendEntry(svg, top, legend++, color, series.Label, 1);
        }

        foreach (var (label, y) in panel.References)
        {
            svg.Append(Inv($"<line x1=\"{Left}\" y1=\"{Py(y):F1}\" x2=\"{Left + plotWidth}\" y2=\"{Py(y):F1}\" stroke=\"#555\" stroke-dasharray=\"6 4\"/>"));
            svg.Append(Inv($"<text x=\"{Left + plotWidth - 4}\" y=\"{Py(y) - 4:F1}\" text-anchor=\"end\" fill=\"#555\">{Escape(label)}</text>\n"));
        }
    }

    private static void LegendEntry(StringBuilder svg, int top, int index, string color, string label, double opacity)
    {
        var x = Width - Right + 12;
        var y = top + 34 + (index * 18);
        svg.Append(Inv($"<rect x=\"{x}\" y=\"{y - 9}\" width=\"14\" height=\"10\" fill=\"{color}\" fill-opacity=\"{opacity}\"/>"));
        svg.Append(Inv($"<text x=\"{x + 20}\" y=\"{y}\">{Escape(label)}</text>\n"));
    }

    private static string Label(double value) => value.ToString("G4", CultureInfo.InvariantCulture);

    private static string Escape(string text) => SecurityElement.Escape(text);

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
