using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Metaverse.ClientXr.Rendering.Imaging;

/// <summary>Writes an <see cref="RgbaImage"/> as a PNG: 8-bit RGBA, not interlaced, every row with the Up filter.</summary>
public static class PngWriter
{
    internal static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static void Write(RgbaImage image, Stream output)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(output);
        output.Write(Signature);
        WriteChunk(output, "IHDR", Header(image));
        WriteChunk(output, "IDAT", Compress(image));
        WriteChunk(output, "IEND", []);
    }

    /// <summary>Writes the PNG file at <paramref name="path"/>, creating its folder.</summary>
    public static void WriteFile(RgbaImage image, string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        using var file = File.Create(path);
        Write(image, file);
    }

    private static byte[] Header(RgbaImage image)
    {
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, image.Width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), image.Height);
        header[8] = 8;  // bit depth
        header[9] = 6;  // colour type: truecolour with alpha
        return header; // compression 0, filter method 0, interlace 0
    }

    private static byte[] Compress(RgbaImage image)
    {
        var stride = image.Width * 4;
        var row = new byte[stride + 1];
        row[0] = 2; // filter: Up
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            for (var y = 0; y < image.Height; y++)
            {
                var current = image.Pixels.AsSpan(y * stride, stride);
                for (var i = 0; i < stride; i++)
                {
                    var above = y == 0 ? 0 : image.Pixels[((y - 1) * stride) + i];
                    row[i + 1] = (byte)(current[i] - above);
                }

                zlib.Write(row);
            }
        }

        return compressed.ToArray();
    }

    private static void WriteChunk(Stream output, string type, ReadOnlySpan<byte> data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        output.Write(length);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        output.Write(typeBytes);
        output.Write(data);
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32.Append(Crc32.Compute(typeBytes), data));
        output.Write(crc);
    }
}
