using System.Numerics;
using Metaverse.Server.Twins;
using Metaverse.Shared.Replication;

namespace Metaverse.Server.Tests.Twins.Lab;

/// <summary>Avatar poses set by a test: head at the origin, hands where the test puts them.</summary>
internal sealed class FakeAvatars : IAvatarPoses
{
    private readonly Dictionary<uint, AvatarPose> _poses = [];

    public void SetRightHand(uint avatar, Vector3 position, Quaternion rotation) =>
        _poses[avatar] = new AvatarPose(Vector3.UnitY, Quaternion.Identity, position - Vector3.UnitX, Quaternion.Identity, position, rotation);

    public void SetLeftHand(uint avatar, Vector3 position, Quaternion rotation) =>
        _poses[avatar] = new AvatarPose(Vector3.UnitY, Quaternion.Identity, position, rotation, position + Vector3.UnitX, Quaternion.Identity);

    public void Remove(uint avatar) => _poses.Remove(avatar);

    public bool TryGetPose(uint avatarEntityId, out AvatarPose pose) => _poses.TryGetValue(avatarEntityId, out pose);
}
