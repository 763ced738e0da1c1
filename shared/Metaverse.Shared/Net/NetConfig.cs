namespace Metaverse.Shared.Net;

/// <summary>
/// Settings of a <see cref="NetHost"/>, mapped onto LiteNetLib's (docs/PROTOCOL.md, "Limits"). Immutable;
/// <see cref="Validate"/> names every field outside its accepted range.
/// </summary>
public sealed record NetConfig
{
    /// <summary>Largest datagram on the wire, bytes, seal included (IPv6's minimum MTU less headers leaves room).</summary>
    public const int MaxDatagramBytes = 1200;

    /// <summary>Whether this host answers connect requests (a server) or only makes them (a client).</summary>
    public bool AcceptIncoming { get; init; }

    /// <summary>Most simultaneous sessions (pending or connected); further requests are refused with "server full". 1–65,535.</summary>
    public int MaxConnections { get; init; } = 4096;

    /// <summary>Most sessions (pending or connected) from one source IP address, any port; further requests are refused naming the limit. 1–65,535.</summary>
    public int MaxSessionsPerAddress { get; init; } = 8;

    /// <summary>Channels per reliable delivery method, numbered 0..ChannelCount−1. 1–64 (LiteNetLib's maximum).</summary>
    public int ChannelCount { get; init; } = 4;

    /// <summary>A connection with nothing received for this long is closed with <see cref="DisconnectReason.Timeout"/>. 0.5 s–10 min.</summary>
    public TimeSpan DisconnectTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>A connection sends a ping this often, keeping it alive and the RTT fresh. 10 ms–DisconnectTimeout.</summary>
    public TimeSpan KeepAliveInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>A connect attempt with no answer for this long fails with <see cref="DisconnectReason.ConnectionFailed"/>. 0.5 s–10 min.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The connect request is repeated this often until answered. 10 ms–ConnectTimeout.</summary>
    public TimeSpan ConnectRetryInterval { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Largest reliable message this host sends or takes, bytes (fragments beyond it are refused on receipt).
    /// 1,024–16 MiB.
    /// </summary>
    public int MaxMessageBytes { get; init; } = 512 * 1024;

    /// <summary>Reliable packets one channel may hold queued before <see cref="SendResult.QueueFull"/>. 64–1,000,000.</summary>
    public int MaxQueuedPacketsPerChannel { get; init; } = 16_384;

    /// <summary>
    /// Least time between two runs of LiteNetLib's update (timers, resends, acks, queued sends) by <see cref="NetHost.Poll"/>;
    /// a poll sooner than that only receives. Each update visits every connection, so a server polled thousands of times a
    /// second would spend its time there (the server sets 2 ms). <see cref="NetHost.Flush"/> sends regardless. 0 (every
    /// poll, the default) – 100 ms.
    /// </summary>
    public TimeSpan UpdateInterval { get; init; }

    /// <summary>Datagrams read per poll at most, so timers still run under a flood. 1–1,000,000.</summary>
    public int MaxDatagramsPerPoll { get; init; } = 8192;

    /// <summary>
    /// False only in the transport benchmarks, to measure what sealing costs: datagrams then travel in plaintext.
    /// Not settable outside the transport and its benchmark.
    /// </summary>
    internal bool Seal { get; init; } = true;

    /// <summary>Every field outside its accepted range, as "Field: value is outside min–max" lines; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        Check(errors, nameof(MaxConnections), MaxConnections, 1, 65_535);
        Check(errors, nameof(MaxSessionsPerAddress), MaxSessionsPerAddress, 1, 65_535);
        Check(errors, nameof(ChannelCount), ChannelCount, 1, 64);
        Check(errors, nameof(DisconnectTimeout), DisconnectTimeout, TimeSpan.FromMilliseconds(500), TimeSpan.FromMinutes(10));
        Check(errors, nameof(KeepAliveInterval), KeepAliveInterval, TimeSpan.FromMilliseconds(10), DisconnectTimeout);
        Check(errors, nameof(ConnectTimeout), ConnectTimeout, TimeSpan.FromMilliseconds(500), TimeSpan.FromMinutes(10));
        Check(errors, nameof(ConnectRetryInterval), ConnectRetryInterval, TimeSpan.FromMilliseconds(10), ConnectTimeout);
        Check(errors, nameof(MaxMessageBytes), MaxMessageBytes, 1024, 16 * 1024 * 1024);
        Check(errors, nameof(MaxQueuedPacketsPerChannel), MaxQueuedPacketsPerChannel, 64, 1_000_000);
        Check(errors, nameof(MaxDatagramsPerPoll), MaxDatagramsPerPoll, 1, 1_000_000);
        Check(errors, nameof(UpdateInterval), UpdateInterval, TimeSpan.Zero, TimeSpan.FromMilliseconds(100));
        return errors;
    }

    /// <summary>Throws <see cref="ArgumentException"/> listing every invalid field.</summary>
    public void EnsureValid()
    {
        var errors = Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid NetConfig: " + string.Join("; ", errors));
        }
    }

    private static void Check(List<string> errors, string field, long value, long min, long max)
    {
        if (value < min || value > max)
        {
            errors.Add($"{field}: {value} is outside {min}–{max}");
        }
    }

    private static void Check(List<string> errors, string field, TimeSpan value, TimeSpan min, TimeSpan max)
    {
        if (value < min || value > max)
        {
            errors.Add($"{field}: {value.TotalMilliseconds} ms is outside {min.TotalMilliseconds}–{max.TotalMilliseconds} ms");
        }
    }
}
