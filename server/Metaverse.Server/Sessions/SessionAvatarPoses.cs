using Metaverse.Server.Twins;
using Metaverse.Shared.Replication;

namespace Metaverse.Server.Sessions;

/// <summary>
/// The sessions' latest poses as replicated (dequantized), by avatar entity id = client id = peer id.
/// A disconnected client has no session, so no pose. Simulation thread only.
/// </summary>
internal sealed class SessionAvatarPoses(Dictionary<int, ClientSession> sessions) : IAvatarPoses
{
    public bool TryGetPose(uint avatarEntityId, out AvatarPose pose)
    {
        if (avatarEntityId <= int.MaxValue && sessions.TryGetValue((int)avatarEntityId, out var session) && session.Pose is { } quantized)
        {
            pose = quantized.Dequantize(PositionQuantizer.Default);
            return true;
        }

        pose = default;
        return false;
    }
}
