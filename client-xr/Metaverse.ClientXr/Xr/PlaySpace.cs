using System.Numerics;
using Metaverse.ClientXr.Platform.OpenXr;

namespace Metaverse.ClientXr.Xr;

/// <summary>
/// Where the tracked play space (the OpenXR reference space, floor at y = 0 for STAGE) sits in the world: a yaw about +y
/// (radians, positive turns left) and then a translation (metres). Locomotion changes it; head, hands and eye views
/// are mapped through it before rendering and before the avatar pose is sent.
/// </summary>
internal sealed class PlaySpace
{
    public PlaySpace(Vector3 origin, float yaw)
    {
        Origin = origin;
        Yaw = yaw;
    }

    /// <summary>World position of the play space's origin.</summary>
    public Vector3 Origin { get; private set; }

    public float Yaw { get; private set; }

    public Quaternion Rotation => Quaternion.CreateFromAxisAngle(Vector3.UnitY, Yaw);

    public Vector3 ToWorld(Vector3 local) => Vector3.Transform(local, Rotation) + Origin;

    public XrPose ToWorld(XrPose local) => new(ToWorld(local.Position), Quaternion.Normalize(Rotation * local.Orientation));

    /// <summary>Turns the play space by <paramref name="radians"/> about the vertical through <paramref name="worldPivot"/> (the head), which stays where it is.</summary>
    public void TurnAbout(Vector3 worldPivot, float radians)
    {
        var turn = Quaternion.CreateFromAxisAngle(Vector3.UnitY, radians);
        Origin = worldPivot + Vector3.Transform(Origin - worldPivot, turn);
        Yaw += radians;
    }

    /// <summary>Moves the play space so the head at <paramref name="headWorld"/> stands above <paramref name="floorTarget"/> (height kept).</summary>
    public void MoveHeadOver(Vector3 headWorld, Vector3 floorTarget)
    {
        Origin += new Vector3(floorTarget.X - headWorld.X, 0f, floorTarget.Z - headWorld.Z);
    }

    /// <summary>The world → eye matrix of an eye whose pose is <paramref name="localEye"/> in the play space.</summary>
    public Matrix4x4 ViewMatrix(XrPose localEye) => EyeMath.ViewMatrix(ToWorld(localEye));
}
