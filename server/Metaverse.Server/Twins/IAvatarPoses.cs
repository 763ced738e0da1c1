using Metaverse.Shared.Replication;

namespace Metaverse.Server.Twins;

/// <summary>
/// The latest pose each avatar sent, as replicated (positions on the 1 mm grid, rotations smallest-three),
/// by avatar entity id: the id a client sees as its <c>SessionClient.AvatarEntityId</c>. Simulation thread only.
/// </summary>
public interface IAvatarPoses
{
    /// <summary>False when the avatar is unknown here (left, disconnected) or has sent no pose yet.</summary>
    bool TryGetPose(uint avatarEntityId, out AvatarPose pose);
}
