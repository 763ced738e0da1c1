using System.Numerics;

namespace Metaverse.ClientXr.Platform.OpenXr;

/// <summary>
/// One controller after xrSyncActions, in the play space (the reference space): <see cref="Tracked"/> when the grip
/// pose was located, the grip and aim poses, select held, squeeze 0–1, menu held and the thumbstick (−1..1, +y forward).
/// </summary>
internal readonly record struct XrHandState(bool Tracked, XrPose Grip, XrPose Aim, bool Select, float Squeeze, bool Menu, Vector2 Thumbstick)
{
    public static XrHandState None => new(false, XrPose.Identity, XrPose.Identity, false, 0f, false, Vector2.Zero);
}
