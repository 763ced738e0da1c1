using Metaverse.Shared.Net.Wire;

namespace Metaverse.Shared.Net;

/// <summary>
/// Settings of a <see cref="NetHost"/>. Immutable; <see cref="Validate"/> names every field outside its
/// accepted range. Both ends must use the same <see cref="AppKey"/>.
/// </summary>
public sealed record NetConfig
{
    /// <summary>Application key sent in the connect request; a server rejects requests with another key.</summary>
    public string AppKey { get; init; } = "metaverse";

    /// <summary>Whether this host answers connect requests (a server) or only makes them (a client).</summary>
    public bool AcceptIncoming { get; init; }

    /// <summary>Most simultaneous connections; further requests are rejected with "server full". 1–65,535.</summary>
    public int MaxConnections { get; init; } = 4096;

    /// <summary>Channels per delivery method, numbered 0..ChannelCount−1. 1–16.</summary>
    public int ChannelCount { get; init; } = 4;

    /// <summary>A connection with nothing received for this long is closed with <see cref="DisconnectReason.Timeout"/>. 0.5 s–10 min.</summary>
    public TimeSpan DisconnectTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>An idle connection sends a ping this often, keeping it alive and the RTT fresh. Must be below DisconnectTimeout.</summary>
    public TimeSpan KeepAliveInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>A connect attempt with no answer for this long fails with <see cref="DisconnectReason.ConnectionFailed"/>. 0.5 s–10 min.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The connect request is repeated this often until answered. 10 ms–ConnectTimeout.</summary>
    public TimeSpan ConnectRetryInterval { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Lower bound of the retransmission timeout. 1 ms–1 s.</summary>
    public TimeSpan MinRetransmitTimeout { get; init; } = TimeSpan.FromMilliseconds(10);

    /// <summary>Upper bound of the retransmission timeout (before backoff). MinRetransmitTimeout–10 s.</summary>
    public TimeSpan MaxRetransmitTimeout { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Largest message this host sends, in bytes, announced to the remote, which sends no larger; on receipt
    /// it is enforced to whole fragments (up to 1,170 bytes more). 1,171–599,552 (a whole fragment group
    /// must fit the reliable window).
    /// </summary>
    public int MaxMessageBytes { get; init; } = 512 * 1024;

    /// <summary>Bytes one connection may hold for reordering and reassembly; announced to the peer, which never exceeds it. At least 2 × MaxMessageBytes, at most 256 MiB.</summary>
    public int MaxReceiveBufferBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>Bytes a connection may hold queued for sending before <see cref="SendResult.QueueFull"/>. MaxMessageBytes–1 GiB.</summary>
    public int MaxSendQueueBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>Congestion window at the start, in bytes. 2,400–MaxCongestionWindowBytes.</summary>
    public int InitialCongestionWindowBytes { get; init; } = 10 * Protocol.MaxDatagramBytes;

    /// <summary>Ceiling of the congestion window, in bytes. At most 3/4 of the sent-packet log (3,686,400).</summary>
    public int MaxCongestionWindowBytes { get; init; } = 2 * 1024 * 1024;

    /// <summary>
    /// Smoothed loss rate (0–0.5) up to which a loss does not cut the congestion window: random loss below
    /// it costs resends, not throughput. 0 makes the window halve on every loss event (classic Reno).
    /// </summary>
    public double CongestionLossTolerance { get; init; } = 0.03;

    /// <summary>Datagrams handled per poll at most, so timers still run under a flood. 1–1,000,000.</summary>
    public int MaxDatagramsPerPoll { get; init; } = 8192;

    /// <summary>Every field outside its accepted range, as "Field: value is outside min–max" lines; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        var appKeyBytes = System.Text.Encoding.UTF8.GetByteCount(AppKey ?? string.Empty);
        if (string.IsNullOrEmpty(AppKey) || appKeyBytes > Protocol.MaxAppKeyBytes)
        {
            errors.Add($"{nameof(AppKey)}: must be 1–{Protocol.MaxAppKeyBytes} UTF-8 bytes, got {appKeyBytes}");
        }

        Check(errors, nameof(MaxConnections), MaxConnections, 1, 65_535);
        Check(errors, nameof(ChannelCount), ChannelCount, 1, Protocol.MaxChannels);
        Check(errors, nameof(DisconnectTimeout), DisconnectTimeout, TimeSpan.FromMilliseconds(500), TimeSpan.FromMinutes(10));
        Check(errors, nameof(KeepAliveInterval), KeepAliveInterval, TimeSpan.FromMilliseconds(10), DisconnectTimeout - TimeSpan.FromTicks(1));
        Check(errors, nameof(ConnectTimeout), ConnectTimeout, TimeSpan.FromMilliseconds(500), TimeSpan.FromMinutes(10));
        Check(errors, nameof(ConnectRetryInterval), ConnectRetryInterval, TimeSpan.FromMilliseconds(10), ConnectTimeout);
        Check(errors, nameof(MinRetransmitTimeout), MinRetransmitTimeout, TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(1));
        Check(errors, nameof(MaxRetransmitTimeout), MaxRetransmitTimeout, MinRetransmitTimeout, TimeSpan.FromSeconds(10));
        Check(errors, nameof(MaxMessageBytes), MaxMessageBytes, Protocol.MaxUnfragmentedPayload, Protocol.MaxMessageBytes);
        Check(errors, nameof(MaxReceiveBufferBytes), MaxReceiveBufferBytes, 2L * MaxMessageBytes, 256L * 1024 * 1024);
        Check(errors, nameof(MaxSendQueueBytes), MaxSendQueueBytes, MaxMessageBytes, 1L << 30);
        Check(errors, nameof(MaxCongestionWindowBytes), MaxCongestionWindowBytes, 2 * Protocol.MaxDatagramBytes, Protocol.SentPacketLogSize * Protocol.MaxDatagramBytes * 3 / 4);
        Check(errors, nameof(InitialCongestionWindowBytes), InitialCongestionWindowBytes, 2 * Protocol.MaxDatagramBytes, MaxCongestionWindowBytes);
        Check(errors, nameof(MaxDatagramsPerPoll), MaxDatagramsPerPoll, 1, 1_000_000);
        if (!(CongestionLossTolerance >= 0 && CongestionLossTolerance <= 0.5))
        {
            errors.Add($"{nameof(CongestionLossTolerance)}: {CongestionLossTolerance} is outside 0–0.5");
        }

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
