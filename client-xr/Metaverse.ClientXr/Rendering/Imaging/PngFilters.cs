namespace Metaverse.ClientXr.Rendering.Imaging;

/// <summary>Reverses the five PNG scanline filters for 4-byte pixels (PNG specification, section 9).</summary>
internal static class PngFilters
{
    private const int BytesPerPixel = 4;

    /// <summary>Reconstructs one row from <paramref name="source"/> into <paramref name="target"/>; <paramref name="above"/> is the previous reconstructed row, empty for the first (zeros).</summary>
    public static void Unfilter(byte filter, ReadOnlySpan<byte> source, Span<byte> target, ReadOnlySpan<byte> above, int row)
    {
        for (var i = 0; i < source.Length; i++)
        {
            int a = i >= BytesPerPixel ? target[i - BytesPerPixel] : 0;
            int b = above.IsEmpty ? 0 : above[i];
            int c = i >= BytesPerPixel && !above.IsEmpty ? above[i - BytesPerPixel] : 0;
            var predicted = filter switch
            {
                0 => 0,
                1 => a,
                2 => b,
                3 => (a + b) / 2,
                4 => Paeth(a, b, c),
                _ => throw new InvalidDataException($"PNG row {row}: filter type {filter} is not 0–4"),
            };
            target[i] = (byte)(source[i] + predicted);
        }
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
