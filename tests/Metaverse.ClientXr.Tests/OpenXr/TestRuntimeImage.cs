namespace Metaverse.ClientXr.Tests.OpenXr;

/// <summary>An eye image the test runtime read back: binary PPM (P6), 8-bit RGB, rows top-down, as stored in the swapchain.</summary>
internal sealed class TestRuntimeImage(int width, int height, byte[] rgb)
{
    public int Width { get; } = width;

    public int Height { get; } = height;

    public (byte R, byte G, byte B) this[int x, int y]
    {
        get
        {
            var offset = ((y * Width) + x) * 3;
            return (rgb[offset], rgb[offset + 1], rgb[offset + 2]);
        }
    }

    public static TestRuntimeImage Read(string path)
    {
        Assert.True(File.Exists(path), $"the test runtime captured no {path}: is the frame listed by a `capture` line and was a projection layer submitted?");
        var bytes = File.ReadAllBytes(path);
        var position = 0;
        var magic = NextToken(bytes, ref position);
        Assert.Equal("P6", magic);
        var width = int.Parse(NextToken(bytes, ref position), System.Globalization.CultureInfo.InvariantCulture);
        var height = int.Parse(NextToken(bytes, ref position), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("255", NextToken(bytes, ref position));
        position++;   // the single whitespace byte before the pixels
        Assert.Equal(width * height * 3, bytes.Length - position);
        return new TestRuntimeImage(width, height, bytes[position..]);
    }

    /// <summary>The mean pixel centre (x + 0.5, y + 0.5; y down) of the pixels matching <paramref name="match"/>, and their count.</summary>
    public (double X, double Y, int Count) Centroid(Func<(byte R, byte G, byte B), bool> match)
    {
        double sumX = 0, sumY = 0;
        var count = 0;
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                if (match(this[x, y]))
                {
                    sumX += x + 0.5;
                    sumY += y + 0.5;
                    count++;
                }
            }
        }

        return count == 0 ? (double.NaN, double.NaN, 0) : (sumX / count, sumY / count, count);
    }

    private static string NextToken(byte[] bytes, ref int position)
    {
        while (char.IsWhiteSpace((char)bytes[position]))
        {
            position++;
        }

        var start = position;
        while (!char.IsWhiteSpace((char)bytes[position]))
        {
            position++;
        }

        return System.Text.Encoding.ASCII.GetString(bytes, start, position - start);
    }
}
