using Metaverse.Server.Twins;
using Metaverse.Shared.Replication;

namespace Metaverse.Server.Sessions;

/// <summary>
/// The sessions' newest pose intents (dequantized), by avatar entity id = client id = peer id: what each
/// user sees of their own hands, so a molecule is gripped where the hand is now rather than where the
/// tick's playout (<see cref="PoseResampler"/>) shows it to the others. A disconnected client has no
/// session, so no pose. Simulation thread only.
/// </summary>
internal sealed class SessionAvatarPoses(Dictionary<int, ClientSession> sessions) : IAvatarPoses
{
    public bool TryGetPose(uint avatarEntityId, out AvatarPose pose)
    {
        if (avatarEntityId <= int.MaxValue && sessions.TryGetValue((int)avatarEntityId, out var session) && session.Intents.HasPose)
        {
            pose = session.Intents.NewestPose.Dequantize(PositionQuantizer.Default);
            return true;
        }

        pose = default;
        return false;
    }
}
