using System.Numerics;
using Metaverse.ClientXr.Content;
using Metaverse.ClientXr.Content.Avatars;
using Metaverse.ClientXr.Rendering;

namespace Metaverse.ClientXr.Scenes;

/// <summary>
/// Everyone else in the room: head with visor and two hands at their interpolated poses (the session's snapshot
/// interpolation buffer), in a colour of their own, with a name tag from the roster turned toward the viewer.
/// Avatars farther than <see cref="DrawDistance"/> from the eye are skipped.
/// </summary>
internal sealed class AvatarLayer
{
    public const float DrawDistance = 30f;
    private const float NameHeight = 0.12f;
    private const float NameAboveHead = 0.22f;

    /// <summary>Avatars drawn in the last frame.</summary>
    public int Drawn { get; private set; }

    public void Frame(WorldContext world, Vector3 eye, DrawList list)
    {
        Drawn = 0;
        world.Session.SampleAvatars(out var avatars);
        var meshes = ContentLibrary.Avatar;
        foreach (var (id, pose) in avatars)
        {
            if (Vector3.DistanceSquared(pose.HeadPosition, eye) > DrawDistance * DrawDistance)
            {
                continue;
            }

            var colour = AvatarColors.For(id);
            var head = Matrix4x4.CreateFromQuaternion(pose.HeadRotation) * Matrix4x4.CreateTranslation(pose.HeadPosition);
            list.Mesh(meshes.Head, head, colour);
            list.Mesh(meshes.Visor, head, AvatarMeshes.VisorColor);
            list.Mesh(meshes.LeftHand, Matrix4x4.CreateFromQuaternion(pose.LeftHandRotation) * Matrix4x4.CreateTranslation(pose.LeftHandPosition), colour);
            list.Mesh(meshes.RightHand, Matrix4x4.CreateFromQuaternion(pose.RightHandRotation) * Matrix4x4.CreateTranslation(pose.RightHandPosition), colour);
            NameTag(world, id, pose.HeadPosition, eye, list);
            Drawn++;
        }
    }

    private static void NameTag(WorldContext world, uint id, Vector3 head, Vector3 eye, DrawList list)
    {
        var name = world.Session.Roster.TryGet(id, out var member) ? member.Name : $"#{id}";
        var width = world.Ui.Font.MeasureWidth(name, NameHeight);
        var anchor = head + new Vector3(0f, NameAboveHead, 0f);
        list.Text(name, Billboard(anchor, eye, -width / 2f), NameHeight, Rgba.White);
    }

    /// <summary>A text plane at <paramref name="anchor"/> facing the eye about the vertical axis, shifted along its x by <paramref name="shiftX"/>.</summary>
    public static Matrix4x4 Billboard(Vector3 anchor, Vector3 eye, float shiftX)
    {
        var toEye = eye - anchor;
        var yaw = MathF.Atan2(toEye.X, toEye.Z);
        return Matrix4x4.CreateTranslation(shiftX, 0f, 0f) * Matrix4x4.CreateRotationY(yaw) * Matrix4x4.CreateTranslation(anchor);
    }
}
