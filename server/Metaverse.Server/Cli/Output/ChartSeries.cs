namespace Metaverse.Server.Cli.Output;

/// <summary>One line of a chart panel: x and y values of equal length, drawn in the panel's units.</summary>
public sealed record ChartSeries(string Label, IReadOnlyList<double> X, IReadOnlyList<double> Y);

/// <summary>A shaded band between two curves (e.g. the 5th–95th percentile of a VPC).</summary>
public sealed record ChartBand(string Label, IReadOnlyList<double> X, IReadOnlyList<double> Low, IReadOnlyList<double> High);

/// <summary>One panel of a chart: a title, axis labels with units, lines and bands, optional horizontal reference lines.</summary>
public sealed record ChartPanel(string Title, string XLabel, string YLabel, IReadOnlyList<ChartSeries> Series)
{
    public IReadOnlyList<ChartBand> Bands { get; init; } = [];

    /// <summary>Horizontal lines, e.g. a specification limit or a collapse temperature.</summary>
    public IReadOnlyList<(string Label, double Y)> References { get; init; } = [];
}
