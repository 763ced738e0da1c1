using Metaverse.Server.Cli.Output;
using Metaverse.Twins.Core;

namespace Metaverse.Server.Cli.Simulate;

/// <summary>Writes a simulate command's result in the chosen format: JSON with summary, CSV, or an SVG chart.</summary>
internal static class SimulationOutput
{
    public static void Write(
        TextWriter output, OutputFormat format, string model, Trajectory trajectory,
        IReadOnlyDictionary<string, double> summary, Func<string> svg)
    {
        output.Write(format switch
        {
            OutputFormat.Json => TrajectoryWriter.ToJson(model, trajectory, summary),
            OutputFormat.Csv => TrajectoryWriter.ToCsv(trajectory),
            OutputFormat.Svg => svg(),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown output format"),
        });
    }

    /// <summary>A chart series of one channel against time in <paramref name="timeScaleSeconds"/> units.</summary>
    public static ChartSeries Series(Trajectory trajectory, string channel, string label, double timeScaleSeconds) =>
        new(label, trajectory.TimesSeconds.Select(t => t / timeScaleSeconds).ToArray(), trajectory.Column(channel));
}
