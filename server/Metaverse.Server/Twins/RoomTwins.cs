using Metaverse.Shared.Messages;

namespace Metaverse.Server.Twins;

/// <summary>
/// The twins of one room, stepped together each tick, and the room's channel catalog: every twin's
/// channels flattened in order, so a channel has one index for replication. <see cref="Version"/>
/// changes whenever a twin is added. Simulation thread only.
/// </summary>
public sealed class RoomTwins
{
    private readonly List<HostedTwin> _twins = [];
    private double[] _values = [];
    private double[] _deadbands = [];
    private byte[]? _encodedCatalog;

    public IReadOnlyList<HostedTwin> All => _twins;

    /// <summary>Catalog version, 1 for the first catalog; 0 while the room has no twins.</summary>
    public uint Version { get; private set; }

    /// <summary>Every channel's value after the latest step, by catalog index.</summary>
    public ReadOnlySpan<double> Values => _values;

    /// <summary>Every channel's deadband, by catalog index.</summary>
    public ReadOnlySpan<double> Deadbands => _deadbands;

    public HostedTwin? Find(string id) => _twins.Find(t => t.Id == id);

    public void Add(HostedTwin twin)
    {
        if (Find(twin.Id) is not null)
        {
            throw new InvalidOperationException($"the room already has a twin '{twin.Id}'");
        }

        _twins.Add(twin);
        Version++;
        _encodedCatalog = null;
        _values = new double[_twins.Sum(t => t.Channels.Count)];
        _deadbands = _twins.SelectMany(t => t.Channels).Select(c => c.Deadband).ToArray();
        Gather();
    }

    /// <summary>Microseconds spent in <see cref="Step"/> since the room started (metrics).</summary>
    public long StepMicros { get; private set; }

    /// <summary>
    /// Steps every twin by <paramref name="realSeconds"/> of wall-clock time (each at its own scale); a twin
    /// that follows avatars is first given <paramref name="avatars"/> (the room's members' poses), at any time scale.
    /// </summary>
    public void Step(double realSeconds, IAvatarPoses? avatars = null)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        foreach (var twin in _twins)
        {
            if (avatars is not null && twin.Twin is IFollowsAvatars follower)
            {
                follower.Follow(avatars);
            }

            twin.Step(realSeconds);
        }

        Gather();
        StepMicros += (long)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMicroseconds;
    }

    /// <summary>The catalog as a session message, encoded once per version.</summary>
    public byte[] EncodedCatalog(string roomName) =>
        _encodedCatalog ??= SessionCodec.Serialize(Catalog(roomName));

    public TwinCatalog Catalog(string roomName)
    {
        var catalog = new TwinCatalog { RoomId = roomName, Version = Version };
        foreach (var twin in _twins)
        {
            var description = new TwinDescription { TwinId = twin.Id, Kind = twin.Kind.Name };
            description.Channels.AddRange(twin.Channels.Select(c => new TwinChannelDescription
            {
                Name = c.Name,
                Unit = c.Unit,
                Description = c.Description,
                Deadband = c.Deadband,
            }));
            catalog.Twins.Add(description);
        }

        return catalog;
    }

    private void Gather()
    {
        var offset = 0;
        foreach (var twin in _twins)
        {
            twin.Values.CopyTo(_values.AsSpan(offset));
            offset += twin.Values.Length;
        }
    }
}
