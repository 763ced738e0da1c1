namespace Metaverse.Client;

/// <summary>
/// Figures of one <see cref="SessionClient"/> at one moment. Rates are averages since the client joined its
/// room (snapshots) or since the transport connected (bytes).
/// </summary>
public sealed record SessionStats
{
    public SessionState State { get; init; }

    /// <summary>Distinct entity ids seen in decoded snapshots.</summary>
    public int AvatarsSeen { get; init; }

    public long SnapshotsDecoded { get; init; }

    /// <summary>Snapshots skipped because their baseline was no longer held, or they did not decode.</summary>
    public long SnapshotsSkipped { get; init; }

    /// <summary>Snapshots left undecoded because a newer one arrived in the same poll (the client had fallen behind).</summary>
    public long SnapshotsSuperseded { get; init; }

    public double SnapshotsPerSecond { get; init; }

    public double InterpolationDelayMs { get; init; }

    public double RttMs { get; init; }

    public double BytesInPerSecond { get; init; }

    public double BytesOutPerSecond { get; init; }

    public long PosesSent { get; init; }

    public long ChatSent { get; init; }

    public long ChatReceived { get; init; }

    /// <summary>Gaps in the per-sender numbers received so far (a message lost at the end of a sender's run is not a gap).</summary>
    public long ChatMissing { get; init; }

    public long ChatOutOfOrder { get; init; }

    public long ChatDuplicates { get; init; }
}
