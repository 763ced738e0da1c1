using System.Numerics;
using Metaverse.ClientXr.Content.Primitives;
using Metaverse.ClientXr.Rendering;

namespace Metaverse.ClientXr.Content.Avatars;

/// <summary>
/// Avatar meshes, in the space of the tracked pose they follow: the head faces −z (the camera's forward at identity
/// orientation), +y up; draw head, visor and hands with the pose's world matrix. The head (0.17 m wide, 0.22 m tall,
/// 0.19 m deep) is centred on the pose; the visor band (dark, draw it in <see cref="VisorColor"/>) wraps 140° of its
/// front at eye height so facing reads from any side. Hands are mittens 0.085 m wide, 0.11 m long, fingers towards −z,
/// palm down (−y), origin at the palm centre; the thumb is on the inside (+x for the left hand, −x for the right).
/// </summary>
public sealed class AvatarMeshes
{
    public static readonly Rgba VisorColor = new(0.02f, 0.025f, 0.035f);

    public AvatarMeshes()
    {
        Head = DeformedSphere.Create("avatar-head", d =>
        {
            var chin = 1f - (0.15f * Math.Max(-d.Y, 0f));
            return new Vector3(d.X * 0.085f * chin, d.Y * 0.11f, d.Z * 0.095f * chin);
        });
        Visor = BuildVisor();
        RightHand = BuildRightHand();
        LeftHand = new MeshBuilder().Append(RightHand, Matrix4x4.CreateScale(-1f, 1f, 1f)).Build("avatar-left-hand");
    }

    public MeshData Head { get; }

    public MeshData Visor { get; }

    public MeshData LeftHand { get; }

    public MeshData RightHand { get; }

    private static MeshData BuildVisor()
    {
        // Lathe angle θ points along (cos θ, 0, sin θ): the front (−z) is θ = 3π/2.
        const float Half = 70f * MathF.PI / 180f;
        Vector2[] band = [new(0.100f, -0.005f), new(0.100f, 0.045f)];
        var shell = Lathe.Shell("visor", band, 0.012f, 14, (3f * MathF.PI / 2f) - Half, 2f * Half);
        return new MeshBuilder().Append(shell, Matrix4x4.CreateScale(0.96f, 1f, 1f)).Build("avatar-visor");
    }

    private static MeshData BuildRightHand()
    {
        var builder = new MeshBuilder()
            .Append(DeformedSphere.RoundedBox("palm", new Vector3(0.085f, 0.03f, 0.11f), 0.35f, 16, 10));
        var thumb = RevolvedShapes.Capsule("thumb", 0.013f, 0.065f, 10, 3);
        var place = Matrix4x4.CreateRotationX(-MathF.PI / 2f) * Matrix4x4.CreateRotationY(35f * MathF.PI / 180f) * Matrix4x4.CreateTranslation(-0.045f, 0.002f, -0.005f);
        return builder.Append(thumb, place).Build("avatar-right-hand");
    }
}
