using System.Buffers;
using System.Net;
using System.Net.Sockets;
using LiteNetLib.Layers;

namespace Metaverse.Shared.Net.Simulation;

/// <summary>
/// LiteNetLib packet layer that impairs what its host sends (loss, latency, jitter, duplication, reordering), drawn
/// from a seeded generator, after the inner layer (sealing) has processed each datagram. LiteNetLib's own simulation
/// is compiled out of its NuGet build, hence this. Each send draws the same number of values whatever the outcome,
/// so the n-th datagram always gets the same fate for a given seed. Held datagrams leave from
/// <see cref="ReleaseDue"/>, which the owning <see cref="NetHost"/> calls in every poll. For tests and benchmarks.
/// </summary>
public sealed class SimulationLayer : PacketLayerBase
{
    private readonly PacketLayerBase? _inner;
    private readonly NetworkConditions _conditions;
    private readonly Random _random;
    private readonly PriorityQueue<HeldDatagram, (long DueMicros, long Order)> _held = new();
    private long _order;

    /// <param name="inner">The layer that processes each datagram first (sealing); none for plaintext benchmarks.</param>
    /// <param name="conditions">The impairments.</param>
    public SimulationLayer(PacketLayerBase? inner, NetworkConditions conditions)
        : base(inner?.ExtraPacketSizeForLayer ?? 0)
    {
        var errors = conditions.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid NetworkConditions: " + string.Join("; ", errors), nameof(conditions));
        }

        _inner = inner;
        _conditions = conditions;
        _random = new Random(conditions.Seed);
    }

    public SimulatorStatistics Statistics { get; } = new();

    /// <summary>When the next held datagram is due (<see cref="MonotonicClock"/> microseconds), null when none is held.</summary>
    public long? NextDueMicros => _held.TryPeek(out _, out var due) ? due.DueMicros : null;

    public override void ProcessInboundPacket(ref IPEndPoint endPoint, ref byte[] data, ref int length) =>
        _inner?.ProcessInboundPacket(ref endPoint, ref data, ref length);

    public override void ProcessOutBoundPacket(ref IPEndPoint endPoint, ref byte[] data, ref int offset, ref int length)
    {
        _inner?.ProcessOutBoundPacket(ref endPoint, ref data, ref offset, ref length);
        if (DiscardedDatagram.Is(endPoint))
        {
            return;
        }

        var fate = NextFate();
        Statistics.Offered++;
        var destination = endPoint;
        endPoint = DiscardedDatagram.EndPoint;
        if (fate.Drop)
        {
            Statistics.Dropped++;
            return;
        }

        var now = MonotonicClock.NowMicroseconds;
        Hold(data.AsSpan(offset, length), destination, now + fate.FirstDelayMicros);
        if (fate.Duplicate)
        {
            Statistics.Duplicated++;
            Hold(data.AsSpan(offset, length), destination, now + fate.SecondDelayMicros);
        }

        Statistics.Reordered += fate.Reordered ? 1 : 0;
    }

    /// <summary>Sends through <paramref name="socket"/> every held datagram due by <paramref name="nowMicros"/>.</summary>
    public void ReleaseDue(Socket socket, long nowMicros)
    {
        while (_held.TryPeek(out var held, out var due) && due.DueMicros <= nowMicros)
        {
            _held.Dequeue();
            try
            {
                socket.SendTo(held.Buffer.AsSpan(0, held.Length), SocketFlags.None, held.Destination);
            }
            catch (SocketException)
            {
                Statistics.SendErrors++;
            }

            ArrayPool<byte>.Shared.Return(held.Buffer);
        }
    }

    /// <summary>Discards what is held, as a network loses what is in flight when a host goes away.</summary>
    public void DiscardHeld()
    {
        while (_held.TryDequeue(out var held, out _))
        {
            ArrayPool<byte>.Shared.Return(held.Buffer);
        }
    }

    /// <summary>The fate of the next datagram. Always draws five values so fates stay aligned with send order.</summary>
    internal DatagramFate NextFate()
    {
        var drop = _random.NextDouble() < _conditions.LossRate;
        var duplicate = _random.NextDouble() < _conditions.DuplicateRate;
        var reorder = _random.NextDouble() < _conditions.ReorderRate;
        var first = DelayMicros(_random.NextDouble(), reorder);
        var second = DelayMicros(_random.NextDouble(), false);
        return new DatagramFate(drop, duplicate, reorder, first, second);
    }

    private long DelayMicros(double uniform, bool reorder)
    {
        var latency = MonotonicClock.ToMicroseconds(_conditions.Latency);
        var jitter = MonotonicClock.ToMicroseconds(_conditions.Jitter);
        var delay = latency + (long)((uniform * 2 - 1) * jitter);
        return Math.Max(0, delay) + (reorder ? latency + jitter + 1_000 : 0);
    }

    private void Hold(ReadOnlySpan<byte> datagram, IPEndPoint destination, long dueMicros)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(datagram.Length);
        datagram.CopyTo(buffer);
        _held.Enqueue(new HeldDatagram(buffer, datagram.Length, new IPEndPoint(destination.Address, destination.Port)), (dueMicros, _order++));
    }

    private readonly record struct HeldDatagram(byte[] Buffer, int Length, IPEndPoint Destination);
}
