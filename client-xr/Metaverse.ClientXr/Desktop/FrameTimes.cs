using System.Globalization;

namespace Metaverse.ClientXr.Desktop;

/// <summary>Frame periods (milliseconds, one per presented frame) and the draw calls of each, summarised for the exit report.</summary>
internal sealed class FrameTimes
{
    private readonly List<double> _milliseconds = [];
    private readonly List<int> _drawCalls = [];
    private readonly List<long> _triangles = [];

    public int Count => _milliseconds.Count;

    public void Add(double milliseconds, int drawCalls, long triangles)
    {
        _milliseconds.Add(milliseconds);
        _drawCalls.Add(drawCalls);
        _triangles.Add(triangles);
    }

    /// <summary>The <paramref name="fraction"/> quantile (nearest rank) of the frame periods, ms; NaN when empty.</summary>
    public double Percentile(double fraction)
    {
        if (_milliseconds.Count == 0)
        {
            return double.NaN;
        }

        var sorted = _milliseconds.Order().ToArray();
        var rank = (int)Math.Ceiling(fraction * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }

    public double MeanDrawCalls => _drawCalls.Count == 0 ? double.NaN : _drawCalls.Average();

    public double MeanTriangles => _triangles.Count == 0 ? double.NaN : _triangles.Average();

    public string Summary(string scene, int avatars) => string.Create(
        CultureInfo.InvariantCulture,
        $"scene {scene}: {Count} frames, frame time p50 {Percentile(0.5):0.0} ms, p99 {Percentile(0.99):0.0} ms, {MeanDrawCalls:0} draw calls, {MeanTriangles:0} triangles, {avatars} avatars");

    public string Json(string scene, int avatars) => System.Text.Json.JsonSerializer.Serialize(new
    {
        scene,
        avatars,
        frames = Count,
        frame_ms_p50 = Percentile(0.5),
        frame_ms_p99 = Percentile(0.99),
        draw_calls = MeanDrawCalls,
        triangles = MeanTriangles,
    });
}
