using System.Text;
using Metaverse.ClientXr.Rendering.Imaging;

namespace Metaverse.ClientXr.Tests.Rendering.Imaging;

public sealed class PngTests
{
    [Fact]
    public void Crc32_of_the_check_string_is_the_published_check_value()
    {
        Assert.Equal(0xCBF43926u, Crc32.Compute(Encoding.ASCII.GetBytes("123456789")));
    }

    [Fact]
    public void Written_png_starts_with_the_signature_and_ends_with_the_standard_iend_chunk()
    {
        using var stream = new MemoryStream();
        PngWriter.Write(Gradient(3, 2), stream);
        var bytes = stream.ToArray();
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, bytes[..8]);
        Assert.Equal(new byte[] { 0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82 }, bytes[^12..]);
    }

    [Fact]
    public void Round_trip_returns_the_same_pixels()
    {
        var image = Gradient(37, 23);
        using var stream = new MemoryStream();
        PngWriter.Write(image, stream);
        stream.Position = 0;
        var read = PngReader.Read(stream);
        Assert.Equal(37, read.Width);
        Assert.Equal(23, read.Height);
        Assert.Equal(image.Pixels, read.Pixels);
    }

    [Fact]
    public void Every_filter_type_reverses_to_the_original_row()
    {
        byte[] above = [10, 20, 30, 40, 50, 60, 70, 80];
        byte[] original = [200, 5, 17, 255, 3, 99, 128, 0];
        for (byte filter = 0; filter <= 4; filter++)
        {
            var filtered = Filter(filter, original, above);
            var target = new byte[original.Length];
            PngFilters.Unfilter(filter, filtered, target, above, 0);
            Assert.Equal(original, target);
        }
    }

    [Fact]
    public void A_damaged_chunk_is_reported_as_a_crc_mismatch()
    {
        using var stream = new MemoryStream();
        PngWriter.Write(Gradient(4, 4), stream);
        var bytes = stream.ToArray();
        bytes[20] ^= 0xFF; // inside IHDR
        var error = Assert.Throws<InvalidDataException>(() => PngReader.Read(bytes));
        Assert.Contains("IHDR", error.Message, StringComparison.Ordinal);
        Assert.Contains("CRC", error.Message, StringComparison.Ordinal);
    }

    private static RgbaImage Gradient(int width, int height)
    {
        var pixels = new byte[width * height * 4];
        for (var i = 0; i < pixels.Length; i++)
        {
            pixels[i] = (byte)((i * 7) + (i / 13));
        }

        return new RgbaImage(width, height, pixels);
    }

    // The encoder side of PNG filtering, written independently of the reader for the test.
    private static byte[] Filter(byte filter, byte[] row, byte[] above)
    {
        var result = new byte[row.Length];
        for (var i = 0; i < row.Length; i++)
        {
            int a = i >= 4 ? row[i - 4] : 0, b = above[i], c = i >= 4 ? above[i - 4] : 0;
            var p = a + b - c;
            int paeth = Math.Abs(p - a) <= Math.Abs(p - b) && Math.Abs(p - a) <= Math.Abs(p - c) ? a : Math.Abs(p - b) <= Math.Abs(p - c) ? b : c;
            int predicted = filter switch { 0 => 0, 1 => a, 2 => b, 3 => (a + b) / 2, _ => paeth };
            result[i] = (byte)(row[i] - predicted);
        }

        return result;
    }
}
