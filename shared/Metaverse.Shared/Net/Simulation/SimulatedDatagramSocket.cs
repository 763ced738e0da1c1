using System.Buffers;
using System.Net;
using Metaverse.Shared.Net.Sockets;

namespace Metaverse.Shared.Net.Simulation;

/// <summary>
/// Wraps a real socket and impairs what it sends: loss, latency, jitter, duplication and reordering,
/// drawn from a seeded generator. Each send draws the same number of values whatever the outcome, so
/// the n-th datagram always gets the same fate for a given seed. Held datagrams go out from
/// <see cref="TryReceive"/> and <see cref="WaitForData"/>, so the owner must keep polling.
/// </summary>
public sealed class SimulatedDatagramSocket : IDatagramSocket
{
    private readonly IDatagramSocket _inner;
    private readonly NetworkConditions _conditions;
    private readonly Random _random;
    private readonly PriorityQueue<HeldDatagram, (long DueMicros, long Order)> _held = new();
    private long _order;

    public SimulatedDatagramSocket(IDatagramSocket inner, NetworkConditions conditions)
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

    public IPEndPoint LocalEndPoint => _inner.LocalEndPoint;

    public SimulatorStatistics Statistics { get; } = new();

    public ReceiveStatus TryReceive(Span<byte> buffer, SocketAddress sender, out int length)
    {
        ReleaseDue(MonotonicClock.NowMicroseconds);
        return _inner.TryReceive(buffer, sender, out length);
    }

    public bool Send(ReadOnlySpan<byte> datagram, SocketAddress destination)
    {
        var fate = NextFate();
        Statistics.Offered++;
        if (fate.Drop)
        {
            Statistics.Dropped++;
            return true;
        }

        var now = MonotonicClock.NowMicroseconds;
        Hold(datagram, destination, now + fate.FirstDelayMicros);
        if (fate.Duplicate)
        {
            Statistics.Duplicated++;
            Hold(datagram, destination, now + fate.SecondDelayMicros);
        }

        Statistics.Reordered += fate.Reordered ? 1 : 0;
        ReleaseDue(now);
        return true;
    }

    public bool WaitForData(TimeSpan timeout)
    {
        var now = MonotonicClock.NowMicroseconds;
        ReleaseDue(now);
        if (_held.TryPeek(out _, out var next))
        {
            var untilNext = TimeSpan.FromMicroseconds(Math.Max(0, next.DueMicros - now));
            timeout = untilNext < timeout ? untilNext : timeout;
        }

        var ready = _inner.WaitForData(timeout);
        ReleaseDue(MonotonicClock.NowMicroseconds);
        return ready;
    }

    /// <summary>Discards held datagrams, as a network loses what is in flight when a host goes away, and closes the real socket.</summary>
    public void Dispose()
    {
        while (_held.TryDequeue(out var held, out _))
        {
            ArrayPool<byte>.Shared.Return(held.Buffer);
        }

        _inner.Dispose();
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

    private void Hold(ReadOnlySpan<byte> datagram, SocketAddress destination, long dueMicros)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(datagram.Length);
        datagram.CopyTo(buffer);
        var address = new SocketAddress(destination.Family, destination.Size);
        destination.Buffer.Span.CopyTo(address.Buffer.Span);
        _held.Enqueue(new HeldDatagram(buffer, datagram.Length, address), (dueMicros, _order++));
    }

    private void ReleaseDue(long nowMicros)
    {
        while (_held.TryPeek(out var held, out var due) && due.DueMicros <= nowMicros)
        {
            _held.Dequeue();
            if (!_inner.Send(held.Buffer.AsSpan(0, held.Length), held.Destination))
            {
                Statistics.SendErrors++;
            }

            ArrayPool<byte>.Shared.Return(held.Buffer);
        }
    }

    private readonly record struct HeldDatagram(byte[] Buffer, int Length, SocketAddress Destination);
}

/// <summary>What the simulator decided for one datagram; delays in microseconds.</summary>
internal readonly record struct DatagramFate(bool Drop, bool Duplicate, bool Reordered, long FirstDelayMicros, long SecondDelayMicros);

/// <summary>Counts of what the simulator did to the datagrams offered to it.</summary>
public sealed class SimulatorStatistics
{
    public long Offered { get; internal set; }

    public long Dropped { get; internal set; }

    public long Duplicated { get; internal set; }

    public long Reordered { get; internal set; }

    public long SendErrors { get; internal set; }
}
