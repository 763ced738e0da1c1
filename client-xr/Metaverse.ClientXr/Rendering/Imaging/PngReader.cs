using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Metaverse.ClientXr.Rendering.Imaging;

/// <summary>
/// Reads the PNGs <see cref="PngWriter"/> writes (8-bit RGBA, not interlaced, filter types 0–4), for tests and tools.
/// Anything else, or a damaged file, throws <see cref="InvalidDataException"/> naming what is wrong.
/// </summary>
public static class PngReader
{
    public static RgbaImage Read(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var all = new MemoryStream();
        input.CopyTo(all);
        return Read(all.ToArray());
    }

    public static RgbaImage ReadFile(string path) => Read(File.ReadAllBytes(path));

    public static RgbaImage Read(ReadOnlySpan<byte> png)
    {
        if (png.Length < 8 || !png[..8].SequenceEqual(PngWriter.Signature))
        {
            throw new InvalidDataException("not a PNG: the 8-byte signature is missing");
        }

        int width = 0, height = 0;
        using var idat = new MemoryStream();
        var offset = 8;
        while (offset + 12 <= png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png[offset..]);
            if (length < 0 || offset + 12 + length > png.Length)
            {
                throw new InvalidDataException($"PNG chunk at byte {offset}: length {length} runs past the end of the file");
            }

            var typeAndData = png.Slice(offset + 4, 4 + length);
            var type = Encoding.ASCII.GetString(typeAndData[..4]);
            var data = typeAndData[4..];
            if (BinaryPrimitives.ReadUInt32BigEndian(png[(offset + 8 + length)..]) != Crc32.Compute(typeAndData))
            {
                throw new InvalidDataException($"PNG chunk {type} at byte {offset}: CRC mismatch");
            }

            switch (type)
            {
                case "IHDR":
                    (width, height) = ReadHeader(data);
                    break;
                case "IDAT":
                    idat.Write(data);
                    break;
                case "IEND":
                    return Decode(width, height, idat.ToArray());
            }

            offset += 12 + length;
        }

        throw new InvalidDataException("PNG ends without an IEND chunk");
    }

    private static (int Width, int Height) ReadHeader(ReadOnlySpan<byte> data)
    {
        if (data.Length != 13)
        {
            throw new InvalidDataException($"PNG IHDR is {data.Length} bytes, expected 13");
        }

        if (data[8] != 8 || data[9] != 6 || data[12] != 0)
        {
            throw new InvalidDataException($"PNG bit depth {data[8]}, colour type {data[9]}, interlace {data[12]}: only 8-bit RGBA (6) non-interlaced is read");
        }

        return (BinaryPrimitives.ReadInt32BigEndian(data), BinaryPrimitives.ReadInt32BigEndian(data[4..]));
    }

    private static RgbaImage Decode(int width, int height, byte[] compressed)
    {
        if (width <= 0 || height <= 0)
        {
            throw new InvalidDataException("PNG has no IHDR before its image data");
        }

        var stride = width * 4;
        var raw = new byte[(stride + 1) * height];
        using (var zlib = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress))
        {
            zlib.ReadExactly(raw);
        }

        var pixels = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var source = raw.AsSpan((y * (stride + 1)) + 1, stride);
            var target = pixels.AsSpan(y * stride, stride);
            var above = y == 0 ? Span<byte>.Empty : pixels.AsSpan((y - 1) * stride, stride);
            PngFilters.Unfilter(filter, source, target, above, y);
        }

        return new RgbaImage(width, height, pixels);
    }
}
