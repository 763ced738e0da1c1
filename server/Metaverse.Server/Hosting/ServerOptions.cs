using System.Net;

namespace Metaverse.Server.Hosting;

/// <summary>
/// Settings of <c>metaverse-server serve</c>, bound from the "Metaverse" configuration section
/// (appsettings.json, then environment variables such as <c>Metaverse__UdpPort</c>, then flags).
/// </summary>
public sealed class ServerOptions
{
    public const string Section = "Metaverse";

    /// <summary>UDP port of the transport; 0 picks a free one. 0–65,535.</summary>
    public int UdpPort { get; set; } = 7777;

    /// <summary>HTTP port of the API; 0 picks a free one. 0–65,535.</summary>
    public int HttpPort { get; set; } = 8080;

    /// <summary>Address both listen on. Loopback unless told otherwise.</summary>
    public string Bind { get; set; } = "127.0.0.1";

    /// <summary>SQLite database file (created with its folder if missing).</summary>
    public string Database { get; set; } = "data/metaverse.db";

    /// <summary>Fixed simulation and replication rate of every room, in ticks per second. 10–60.</summary>
    public int TickHz { get; set; } = 30;

    /// <summary>Bytes per avatar update the default avatar budget is sized for: the replication target (docs/PERFORMANCE.md).</summary>
    public const int AvatarUpdateBytes = 12;

    /// <summary>
    /// Each client's downstream budget for avatar updates, in bytes per second; within it the nearest avatars
    /// are updated every tick and farther ones less often (none starves). 2,000–10,000,000. Unset, it is
    /// <see cref="AvatarBytesPerSecond"/>'s default.
    /// </summary>
    public int? SnapshotBytesPerSecond { get; set; }

    /// <summary>
    /// The avatar budget in force: <see cref="SnapshotBytesPerSecond"/>, or by default enough to update every
    /// one of the <see cref="InterestAvatars"/> each tick at <see cref="AvatarUpdateBytes"/> (23,040 B/s at
    /// 64 avatars and 30 Hz), so that the budget binds when poses cost more (joins, teleports) rather than on
    /// every far avatar of a crowd.
    /// </summary>
    public int AvatarBytesPerSecond => SnapshotBytesPerSecond ?? (AvatarUpdateBytes * InterestAvatars * TickHz);

    /// <summary>Interest management: each client is sent at most this many avatars, the nearest to its head. 8–4,096.</summary>
    public int InterestAvatars { get; set; } = 64;

    /// <summary>Rooms with at least this many clients have their snapshots composed on all cores (sent on the simulation thread). 2–1,000,000.</summary>
    public int ParallelSnapshotsFrom { get; set; } = 64;

    /// <summary>
    /// While a room's snapshots are composed, the network is read after every this many clients, so that
    /// acknowledgements arriving meanwhile count for the clients composed after them. 1–1,000,000.
    /// </summary>
    public int SnapshotClientsPerNetworkRead { get; set; } = 64;

    /// <summary>Each client's downstream budget for twin channel values, in bytes per second (about 5 bytes a value). 500–1,000,000.</summary>
    public int TwinBytesPerSecond { get; set; } = 4_000;

    /// <summary>Twins started in the default room, as a comma-separated list of kinds (each becomes "&lt;kind&gt;-1"); "none" or empty for none.</summary>
    public string DefaultTwins { get; set; } = "cdc-line,bioreactor,lyophilizer,molecule-lab";

    /// <summary>How long a sign-in's session lasts, minutes: the connect token expires then and the UDP session is closed unless the client refreshed it. 1–1,440.</summary>
    public int SessionMinutes { get; set; } = 60;

    /// <summary>Most UDP sessions (pending or connected) from one source IP address, so one user cannot fill the server. 1–4,096.</summary>
    public int MaxSessionsPerAddress { get; set; } = 8;

    /// <summary>Seed of the default twins' noise, so a run can be repeated.</summary>
    public ulong TwinSeed { get; set; } = 1;

    /// <summary>The kinds in <see cref="DefaultTwins"/>, trimmed, without empty entries.</summary>
    public IReadOnlyList<string> DefaultTwinKinds() =>
        DefaultTwins.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(kind => !kind.Equals("none", StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>Every setting outside its accepted range, as a message naming the setting; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        CheckRange(errors, nameof(UdpPort), UdpPort, 0, 65_535);
        CheckRange(errors, nameof(HttpPort), HttpPort, 0, 65_535);
        CheckRange(errors, nameof(TickHz), TickHz, 10, 60);
        if (SnapshotBytesPerSecond is { } avatarBudget)
        {
            CheckRange(errors, nameof(SnapshotBytesPerSecond), avatarBudget, 2_000, 10_000_000);
        }

        CheckRange(errors, nameof(InterestAvatars), InterestAvatars, 8, 4_096);
        CheckRange(errors, nameof(TwinBytesPerSecond), TwinBytesPerSecond, 500, 1_000_000);
        CheckRange(errors, nameof(ParallelSnapshotsFrom), ParallelSnapshotsFrom, 2, 1_000_000);
        CheckRange(errors, nameof(SnapshotClientsPerNetworkRead), SnapshotClientsPerNetworkRead, 1, 1_000_000);
        CheckRange(errors, nameof(SessionMinutes), SessionMinutes, 1, 1_440);
        CheckRange(errors, nameof(MaxSessionsPerAddress), MaxSessionsPerAddress, 1, 4_096);
        if (!IPAddress.TryParse(Bind, out _))
        {
            errors.Add($"{nameof(Bind)}: '{Bind}' is not an IP address");
        }

        if (string.IsNullOrWhiteSpace(Database))
        {
            errors.Add($"{nameof(Database)}: a file path is required");
        }

        return errors;
    }

    private static void CheckRange(List<string> errors, string name, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            errors.Add($"{name}: {value} is outside {min}–{max}");
        }
    }
}
