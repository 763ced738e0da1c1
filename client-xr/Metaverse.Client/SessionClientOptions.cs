using System.Net;
using Metaverse.Shared.Net;
using Metaverse.Shared.Net.Simulation;

namespace Metaverse.Client;

/// <summary>Settings of a <see cref="SessionClient"/>; every one has a working default.</summary>
public sealed record SessionClientOptions
{
    /// <summary>Room joined after Welcome when <see cref="AutoJoin"/> is set.</summary>
    public string RoomId { get; init; } = "default";

    /// <summary>Send JoinRoom(<see cref="RoomId"/>) as soon as Welcome arrives.</summary>
    public bool AutoJoin { get; init; } = true;

    /// <summary>Transport settings; the default <see cref="NetConfig"/> (app key "metaverse") when null.</summary>
    public NetConfig? NetConfig { get; init; }

    /// <summary>Impairs what this client sends (loss, latency...) through the network simulator; none when null.</summary>
    public NetworkConditions? Conditions { get; init; }

    /// <summary>Local address to bind; port 0 on loopback for a loopback server, on "any" otherwise, when null.</summary>
    public IPEndPoint? BindTo { get; init; }

    /// <summary>Keeps the session alive past its token's expiry by signing in again; the session ends at expiry when null.</summary>
    public SessionRefresher? Refresher { get; init; }

    /// <summary>Decoded snapshots kept as baselines (docs/SESSION_PROTOCOL.md: 64).</summary>
    public int SnapshotStoreCapacity { get; init; } = SnapshotStore.DefaultCapacity;
}
