using System.Diagnostics.CodeAnalysis;

namespace Metaverse.Shared.Replication;

/// <summary>
/// The snapshots one end of a connection holds by tick (a client: those it decoded; a server: those it
/// sent that client), where <see cref="AvatarSnapshotCodec"/> finds the pose an avatar moved from. Both
/// ends must hold at least the 2 × <see cref="AvatarSnapshotCodec.MaxPredictionSpanTicks"/> ticks before
/// any baseline they use, so that they predict alike.
/// </summary>
public interface IAvatarSnapshotHistory
{
    bool TryGet(uint tick, [NotNullWhen(true)] out AvatarSnapshot? snapshot);
}
