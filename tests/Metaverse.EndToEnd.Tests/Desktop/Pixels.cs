using Metaverse.ClientXr.Rendering.Imaging;

namespace Metaverse.EndToEnd.Tests.Desktop;

/// <summary>Screenshot measures for the desktop tests. The debug overlay's rows at the top (frame time, RTT) are left out.</summary>
internal static class Pixels
{
    /// <summary>Rows at the top holding the debug overlay at 640×360.</summary>
    public const int OverlayRows = 48;

    /// <summary>Distinct colours (quantised to 32 levels per channel) below the overlay: a blank frame has one or two.</summary>
    public static int DistinctColours(RgbaImage image)
    {
        var colours = new HashSet<int>();
        for (var y = OverlayRows; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                var (r, g, b, _) = image[x, y];
                colours.Add(((r >> 3) << 10) | ((g >> 3) << 5) | (b >> 3));
            }
        }

        return colours.Count;
    }

    /// <summary>Pixels below the overlay whose largest channel difference exceeds <paramref name="threshold"/>.</summary>
    public static int Different(RgbaImage a, RgbaImage b, int threshold = 24)
    {
        Assert.Equal((a.Width, a.Height), (b.Width, b.Height));
        var count = 0;
        for (var y = OverlayRows; y < a.Height; y++)
        {
            for (var x = 0; x < a.Width; x++)
            {
                count += Distance(a[x, y], b[x, y]) > threshold ? 1 : 0;
            }
        }

        return count;
    }

    /// <summary>The largest channel difference of two pixels.</summary>
    public static int Distance((byte R, byte G, byte B, byte A) p, (byte R, byte G, byte B, byte A) q) =>
        Math.Max(Math.Abs(p.R - q.R), Math.Max(Math.Abs(p.G - q.G), Math.Abs(p.B - q.B)));
}
