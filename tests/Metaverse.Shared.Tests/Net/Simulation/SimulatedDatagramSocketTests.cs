using System.Buffers.Binary;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Metaverse.Shared.Net.Simulation;
using Metaverse.Shared.Net.Sockets;

namespace Metaverse.Shared.Tests.Net.Simulation;

public sealed class SimulatedDatagramSocketTests
{
    private const int Fates = 20_000;

    /// <summary>Percentage points a measured rate may differ from the configured one over <see cref="Fates"/> draws.</summary>
    private const double RateTolerance = 0.015;

    private static readonly NetworkConditions Impaired = new()
    {
        LossRate = 0.10,
        DuplicateRate = 0.05,
        ReorderRate = 0.20,
        Latency = TimeSpan.FromMilliseconds(50),
        Jitter = TimeSpan.FromMilliseconds(10),
        Seed = 7,
    };

    [Fact]
    public void Same_seed_gives_the_same_sequence_of_fates()
    {
        using var first = new SimulatedDatagramSocket(new FakeSocket(), Impaired);
        using var second = new SimulatedDatagramSocket(new FakeSocket(), Impaired);

        var a = Draw(first, 2_000);
        var b = Draw(second, 2_000);

        Assert.Equal(a, b);
    }

    [Fact]
    public void Another_seed_gives_another_sequence_of_fates()
    {
        using var first = new SimulatedDatagramSocket(new FakeSocket(), Impaired);
        using var second = new SimulatedDatagramSocket(new FakeSocket(), Impaired with { Seed = 8 });

        var a = Draw(first, 2_000);
        var b = Draw(second, 2_000);

        var differing = a.Zip(b).Count(pair => pair.First != pair.Second);
        Assert.True(differing > 1_000, $"only {differing} of 2000 fates differ between seeds 7 and 8");
    }

    [Fact]
    public void Drop_duplicate_and_reorder_fractions_match_the_configured_rates()
    {
        using var simulator = new SimulatedDatagramSocket(new FakeSocket(), Impaired);

        var fates = Draw(simulator, Fates);

        Assert.InRange(fates.Count(f => f.Drop) / (double)Fates, Impaired.LossRate - RateTolerance, Impaired.LossRate + RateTolerance);
        Assert.InRange(fates.Count(f => f.Duplicate) / (double)Fates, Impaired.DuplicateRate - RateTolerance, Impaired.DuplicateRate + RateTolerance);
        Assert.InRange(fates.Count(f => f.Reordered) / (double)Fates, Impaired.ReorderRate - RateTolerance, Impaired.ReorderRate + RateTolerance);
    }

    [Fact]
    public void Delays_lie_within_latency_plus_minus_jitter_and_reordered_ones_get_the_documented_extra()
    {
        using var simulator = new SimulatedDatagramSocket(new FakeSocket(), Impaired);
        const long latency = 50_000;
        const long jitter = 10_000;

        // Documented: a reordered datagram gets Latency + Jitter + 1 ms on top.
        const long extra = latency + jitter + 1_000;

        var fates = Draw(simulator, Fates);
        var plain = fates.Where(f => !f.Reordered).Select(f => f.FirstDelayMicros).ToList();
        var reordered = fates.Where(f => f.Reordered).Select(f => f.FirstDelayMicros).ToList();
        var copies = fates.Select(f => f.SecondDelayMicros).ToList();

        Assert.All(plain, d => Assert.InRange(d, latency - jitter, latency + jitter));
        Assert.All(copies, d => Assert.InRange(d, latency - jitter, latency + jitter));
        Assert.All(reordered, d => Assert.InRange(d, latency - jitter + extra, latency + jitter + extra));

        // The jitter is really drawn across its whole range, not a constant.
        foreach (var delays in new[] { plain, copies })
        {
            Assert.True(delays.Min() < latency - (jitter * 9 / 10) && delays.Max() > latency + (jitter * 9 / 10));
            Assert.True(Math.Abs(delays.Average() - latency) < jitter / 10.0);
        }
    }

    [Fact]
    public void Without_jitter_every_delay_is_exactly_the_latency()
    {
        var conditions = new NetworkConditions { ReorderRate = 0.3, DuplicateRate = 0.3, Latency = TimeSpan.FromMilliseconds(20), Seed = 3 };
        using var simulator = new SimulatedDatagramSocket(new FakeSocket(), conditions);

        var fates = Draw(simulator, 2_000);

        Assert.All(fates, f => Assert.Equal(f.Reordered ? 41_000 : 20_000, f.FirstDelayMicros));
        Assert.All(fates, f => Assert.Equal(20_000, f.SecondDelayMicros));
        Assert.Contains(fates, f => f.Reordered);
    }

    [Fact]
    public void Perfect_conditions_never_drop_duplicate_reorder_or_delay()
    {
        using var simulator = new SimulatedDatagramSocket(new FakeSocket(), NetworkConditions.Perfect);

        Assert.All(Draw(simulator, 2_000), f => Assert.Equal(new DatagramFate(false, false, false, 0, 0), f));
    }

    [Fact]
    public void Send_applies_the_fates_in_send_order()
    {
        var conditions = new NetworkConditions { LossRate = 0.3, DuplicateRate = 0.2, Seed = 99 };
        var inner = new FakeSocket();
        using var simulator = new SimulatedDatagramSocket(inner, conditions);
        using var oracle = new SimulatedDatagramSocket(new FakeSocket(), conditions);
        var destination = new IPEndPoint(IPAddress.Loopback, 4321).Serialize();
        var expected = new List<int>();

        for (var i = 0; i < 1_000; i++)
        {
            var datagram = new byte[4];
            BinaryPrimitives.WriteInt32LittleEndian(datagram, i);
            Assert.True(simulator.Send(datagram, destination));

            var fate = oracle.NextFate();
            if (!fate.Drop)
            {
                expected.Add(i);
                if (fate.Duplicate)
                {
                    expected.Add(i);
                }
            }
        }

        Assert.Equal(expected, inner.Sent.Select(s => BinaryPrimitives.ReadInt32LittleEndian(s.Datagram)));
        Assert.All(inner.Sent, s => Assert.Equal(new IPEndPoint(IPAddress.Loopback, 4321), s.Destination));
        Assert.Equal(1_000, simulator.Statistics.Offered);
        Assert.Equal(1_000 - expected.Distinct().Count(), simulator.Statistics.Dropped);
        Assert.Equal(expected.Count - expected.Distinct().Count(), simulator.Statistics.Duplicated);
    }

    [Fact]
    public void Dispose_discards_held_datagrams_and_disposes_the_inner_socket()
    {
        var inner = new FakeSocket();
        var simulator = new SimulatedDatagramSocket(inner, new NetworkConditions { Latency = TimeSpan.FromSeconds(10) });
        simulator.Send([1, 2, 3], new IPEndPoint(IPAddress.Loopback, 1).Serialize());

        simulator.Dispose();

        Assert.Empty(inner.Sent);
        Assert.True(inner.Disposed);
    }

    [Theory]
    [InlineData("LossRate")]
    [InlineData("Latency")]
    public void Constructor_throws_for_invalid_conditions_naming_the_field(string field)
    {
        var conditions = field == "LossRate"
            ? new NetworkConditions { LossRate = 1.5 }
            : new NetworkConditions { Latency = TimeSpan.FromMilliseconds(-1) };

        var error = Assert.Throws<ArgumentException>(() => new SimulatedDatagramSocket(new FakeSocket(), conditions));

        Assert.Contains(field, error.Message, StringComparison.Ordinal);
        Assert.Equal("conditions", error.ParamName);
    }

    [Fact]
    public void Real_sockets_lose_about_the_configured_share_and_alter_nothing()
    {
        const int count = 2_000;
        const double lossRate = 0.30;
        var loopback = new IPEndPoint(IPAddress.Loopback, 0);
        using var receiver = new UdpDatagramSocket(loopback);
        using var sender = new SimulatedDatagramSocket(new UdpDatagramSocket(loopback), new NetworkConditions { LossRate = lossRate, Seed = 2024 });
        var destination = receiver.LocalEndPoint.Serialize();
        var from = new SocketAddress(AddressFamily.InterNetwork, SocketAddress.GetMaximumAddressSize(AddressFamily.InterNetwork));
        var buffer = new byte[2048];
        var received = new HashSet<int>();
        var altered = new List<string>();

        void Drain()
        {
            while (receiver.TryReceive(buffer, from, out var length) == ReceiveStatus.Received)
            {
                var number = length >= 4 ? BinaryPrimitives.ReadInt32LittleEndian(buffer) : -1;
                if (number < 0 || number >= count || !buffer.AsSpan(0, length).SequenceEqual(Datagram(number)))
                {
                    altered.Add($"{length} bytes starting {Convert.ToHexString(buffer.AsSpan(0, Math.Min(length, 8)))}");
                }
                else if (!received.Add(number))
                {
                    altered.Add($"datagram {number} arrived twice");
                }
            }
        }

        for (var i = 0; i < count; i++)
        {
            Assert.True(sender.Send(Datagram(i), destination));
            Drain();
        }

        var expected = count - (int)sender.Statistics.Dropped;
        var deadline = Stopwatch.StartNew();
        while (received.Count + altered.Count < expected)
        {
            if (deadline.Elapsed > TimeSpan.FromSeconds(10))
            {
                Assert.Fail($"only {received.Count} of the {expected} datagrams the simulator let through arrived within 10 s");
            }

            receiver.WaitForData(TimeSpan.FromMilliseconds(50));
            Drain();
        }

        Assert.Empty(altered);
        Assert.Equal(0, sender.Statistics.SendErrors);
        Assert.Equal(count, sender.Statistics.Offered);
        Assert.InRange((count - received.Count) / (double)count, lossRate - 0.04, lossRate + 0.04);
    }

    /// <summary>Datagram number <paramref name="number"/>: the number, then bytes derived from it, 16–80 bytes long.</summary>
    private static byte[] Datagram(int number)
    {
        var datagram = new byte[16 + (number % 65)];
        BinaryPrimitives.WriteInt32LittleEndian(datagram, number);
        for (var i = 4; i < datagram.Length; i++)
        {
            datagram[i] = (byte)((number * 7) + (i * 13));
        }

        return datagram;
    }

    private static List<DatagramFate> Draw(SimulatedDatagramSocket simulator, int count)
    {
        var fates = new List<DatagramFate>(count);
        for (var i = 0; i < count; i++)
        {
            fates.Add(simulator.NextFate());
        }

        return fates;
    }

    /// <summary>Records what the simulator hands to the real network; receives nothing.</summary>
    private sealed class FakeSocket : IDatagramSocket
    {
        public IPEndPoint LocalEndPoint { get; } = new(IPAddress.Loopback, 1);

        public List<(byte[] Datagram, IPEndPoint Destination)> Sent { get; } = [];

        public bool Disposed { get; private set; }

        public ReceiveStatus TryReceive(Span<byte> buffer, SocketAddress sender, out int length)
        {
            length = 0;
            return ReceiveStatus.Empty;
        }

        public bool Send(ReadOnlySpan<byte> datagram, SocketAddress destination)
        {
            Sent.Add((datagram.ToArray(), (IPEndPoint)LocalEndPoint.Create(destination)));
            return true;
        }

        public bool WaitForData(TimeSpan timeout) => false;

        public void Dispose() => Disposed = true;
    }

    [Fact]
    public void Reordered_datagram_gets_the_full_extra_delay_even_when_jitter_exceeds_latency()
    {
        var conditions = new NetworkConditions { ReorderRate = 0.5, Latency = TimeSpan.FromMilliseconds(2), Jitter = TimeSpan.FromMilliseconds(10), Seed = 1 };
        using var simulator = new SimulatedDatagramSocket(new FakeSocket(), conditions);
        const long extra = 2_000 + 10_000 + 1_000;

        var reordered = Draw(simulator, Fates).Where(f => f.Reordered).Select(f => f.FirstDelayMicros).ToList();

        Assert.NotEmpty(reordered);
        Assert.All(reordered, d => Assert.True(d >= extra, $"reordered delay {d} µs is below the documented minimum {extra} µs"));
    }
}
