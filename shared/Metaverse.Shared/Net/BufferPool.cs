using System.Numerics;

namespace Metaverse.Shared.Net;

/// <summary>
/// Byte arrays in power-of-two sizes from 64 B to 1 MiB, kept for reuse by one host. Single-threaded
/// (no locks), and unlike ArrayPool.Shared it does not run dry when thousands of message buffers are
/// out at once, so the steady state allocates nothing. Holds at most <c>maxPooledBytes</c>; arrays
/// beyond that, or of other sizes, are left to the garbage collector.
/// </summary>
internal sealed class BufferPool(long maxPooledBytes)
{
    private const int MinShift = 6;
    private const int MaxShift = 20;
    private readonly Stack<byte[]>[] _buckets = Enumerable.Range(0, MaxShift - MinShift + 1).Select(_ => new Stack<byte[]>()).ToArray();
    private long _pooledBytes;

    public byte[] Rent(int minimumLength)
    {
        var shift = Math.Max(MinShift, BitOperations.Log2(BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, minimumLength))));
        if (shift > MaxShift)
        {
            return new byte[minimumLength];
        }

        if (_buckets[shift - MinShift].TryPop(out var buffer))
        {
            _pooledBytes -= buffer.Length;
            return buffer;
        }

        return new byte[1 << shift];
    }

    public void Return(byte[] buffer)
    {
        var length = buffer.Length;
        if (!BitOperations.IsPow2(length) || length < 1 << MinShift || length > 1 << MaxShift || _pooledBytes + length > maxPooledBytes)
        {
            return;
        }

        _buckets[BitOperations.Log2((uint)length) - MinShift].Push(buffer);
        _pooledBytes += length;
    }
}
