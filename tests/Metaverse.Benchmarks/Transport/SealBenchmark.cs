using System.CommandLine;
using System.Diagnostics;
using System.Security.Cryptography;
using Metaverse.Shared.Net.Security;
using Spectre.Console;

namespace Metaverse.Benchmarks.Transport;

/// <summary>
/// <c>metaverse-bench seal</c>: what sealing costs per datagram with each cipher this machine runs, alone (one thread, no sockets): <see cref="DatagramSeal.Seal"/>
/// and <see cref="DatagramSeal.Open"/> in place, for the datagram sizes the session sends (a snapshot ack, a pose intent,
/// a 64-avatar snapshot, a full datagram). The transport benchmarks measure the same cost inside a live connection.
/// </summary>
internal static class SealBenchmark
{
    private static readonly int[] Sizes = [16, 60, 700, 1175];

    public static Command Create()
    {
        var seconds = new Option<double>("--seconds") { Description = "Measurement time per size, 0.2–60 s", DefaultValueFactory = _ => 1 };
        var command = new Command("seal", "ns to seal and to open one datagram, by size.") { seconds };
        command.SetAction(p => Run(Math.Clamp(p.GetValue(seconds), 0.2, 60)));
        return command;
    }

    private static void Run(double seconds)
    {
        var table = new Table().AddColumns("cipher", "LiteNetLib packet bytes", "seal ns", "open ns", "MB/s sealed", "overhead bytes");
        foreach (var (name, size) in SealCiphers.Supported.SelectMany(c => Sizes.Select(size => (c, size))))
        {
            using var cipher = new SealKey(RandomNumberGenerator.GetBytes(SessionKeys.KeyBytes), name);
            var buffer = new byte[size + DatagramSeal.MaxOverhead];
            RandomNumberGenerator.Fill(buffer.AsSpan(0, size));
            var counter = 1UL << 20;
            var sealNs = 0.0;
            var openNs = 0.0;
            long rounds = 0;
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed.TotalSeconds < seconds)
            {
                var start = Stopwatch.GetTimestamp();
                var sealedLength = DatagramSeal.Seal(cipher, counter, buffer, size);
                var sealedAt = Stopwatch.GetTimestamp();
                DatagramSeal.TryReadCounter(buffer.AsSpan(0, sealedLength), out var read, out var header);
                var opened = DatagramSeal.Open(cipher, read, header, buffer, sealedLength);
                var openedAt = Stopwatch.GetTimestamp();
                if (opened != size)
                {
                    throw new InvalidOperationException("a sealed datagram did not open");
                }

                sealNs += Stopwatch.GetElapsedTime(start, sealedAt).TotalNanoseconds;
                openNs += Stopwatch.GetElapsedTime(sealedAt, openedAt).TotalNanoseconds;
                counter++;
                rounds++;
            }

            table.AddRow(SealCiphers.Name(name), $"{size}", $"{sealNs / rounds:0}", $"{openNs / rounds:0}", $"{size * rounds / (sealNs / 1e9) / 1e6:0}", $"{1 + DatagramSeal.CounterBytes(counter) + DatagramSeal.TagBytes}");
        }

        AnsiConsole.Write(table);
    }
}
