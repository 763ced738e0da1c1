using System.Numerics;
using Metaverse.ClientXr.Content.Primitives;
using Metaverse.ClientXr.Rendering;

namespace Metaverse.ClientXr.Content.Plant;

/// <summary>
/// A rotary tablet press. Model space: origin at the floor centre, +y up, front +z; footprint 1.00 m × 1.00 m,
/// 2.00 m high: a base cabinet (to 0.75 m), four columns, a head (1.45–1.75 m) with the feed hopper on top. The
/// open gap between base and head shows the <see cref="Turret"/> (die table r 0.32 m, 16 punch pairs at r 0.26 m),
/// which the scene turns about +y with <see cref="TurretTransform"/>. The <see cref="DischargeChute"/> slopes down
/// from the die table towards +x; the scene draws it red while material is diverted.
/// </summary>
public sealed class TabletPress
{
    public const float Height = 2.00f;
    public const int PunchCount = 16;
    public const float DieTableRadius = 0.32f;

    /// <summary>Centre of the die table; the turret turns about +y through it.</summary>
    public static readonly Vector3 TurretAnchor = new(0f, 1.10f, 0f);

    /// <summary>Where tablets leave: the low end of the discharge chute.</summary>
    public static readonly Vector3 ChuteExit = new(0.62f, 0.93f, 0f);

    public static readonly Vector3 StatusLightAnchor = new(0.40f, 1.75f, 0.40f);

    public static readonly Vector3 LabelAnchor = new(0f, 2.20f, 0f);

    public TabletPress()
    {
        Frame = BuildFrame();
        Turret = BuildTurret();
        DischargeChute = BuildChute();
        StaticParts = [new("frame", Frame, PlantColors.Frame)];
    }

    /// <summary>Base cabinet, columns, head and feed hopper.</summary>
    public MeshData Frame { get; }

    /// <summary>Die table, upper and lower punch discs, punches and shaft, about the y axis through the origin (y −0.35…0.35).</summary>
    public MeshData Turret { get; }

    /// <summary>The sloped discharge channel, in model space.</summary>
    public MeshData DischargeChute { get; }

    public IReadOnlyList<MeshPart> StaticParts { get; }

    public static Rgba TurretColor => PlantColors.Stainless;

    /// <summary>Colour of the chute while accepting; draw it <see cref="Rgba.Red"/> while diverting.</summary>
    public static Rgba ChuteColor => PlantColors.Chute;

    /// <summary>Model transform of <see cref="Turret"/> turned <paramref name="angleRadians"/> about +y.</summary>
    public static Matrix4x4 TurretTransform(float angleRadians) =>
        Matrix4x4.CreateRotationY(angleRadians) * Matrix4x4.CreateTranslation(TurretAnchor);

    private static MeshData BuildFrame()
    {
        var builder = new MeshBuilder();
        BoxMesh.Add(builder, new Vector3(0f, 0.375f, 0f), new Vector3(1.0f, 0.75f, 1.0f));
        BoxMesh.Add(builder, new Vector3(0f, 1.60f, 0f), new Vector3(1.0f, 0.30f, 1.0f));
        var column = RevolvedShapes.Cylinder("column", 0.04f, 0.70f, 12);
        foreach (var (x, z) in new[] { (-0.42f, -0.42f), (0.42f, -0.42f), (-0.42f, 0.42f), (0.42f, 0.42f) })
        {
            builder.Append(column, Matrix4x4.CreateTranslation(x, 0.75f, z));
        }

        builder.Append(RevolvedShapes.Frustum("feed-hopper", 0.06f, 0.18f, 0.25f, 16), Matrix4x4.CreateTranslation(0f, 1.75f, -0.15f));
        return builder.Build("press-frame");
    }

    private static MeshData BuildTurret()
    {
        var builder = new MeshBuilder();
        builder.Append(RevolvedShapes.Cylinder("die-table", DieTableRadius, 0.08f, 32), Matrix4x4.CreateTranslation(0f, -0.04f, 0f));
        builder.Append(RevolvedShapes.Cylinder("upper-disc", 0.30f, 0.06f, 24), Matrix4x4.CreateTranslation(0f, 0.18f, 0f));
        builder.Append(RevolvedShapes.Cylinder("lower-disc", 0.30f, 0.06f, 24), Matrix4x4.CreateTranslation(0f, -0.24f, 0f));
        builder.Append(RevolvedShapes.Cylinder("shaft", 0.06f, 0.70f, 12), Matrix4x4.CreateTranslation(0f, -0.35f, 0f));
        var punch = RevolvedShapes.Cylinder("punch", 0.014f, 0.26f, 8);
        for (var i = 0; i < PunchCount; i++)
        {
            var (sin, cos) = MathF.SinCos(MathF.Tau * i / PunchCount);
            var at = new Vector3(0.26f * cos, 0f, 0.26f * sin);
            builder.Append(punch, Matrix4x4.CreateTranslation(at + new Vector3(0f, 0.04f, 0f)));
            builder.Append(punch, Matrix4x4.CreateTranslation(at - new Vector3(0f, 0.30f, 0f)));
        }

        return builder.Build("press-turret");
    }

    private static MeshData BuildChute()
    {
        var builder = new MeshBuilder();
        BoxMesh.Add(builder, new Vector3(0.175f, 0f, 0f), new Vector3(0.35f, 0.015f, 0.14f));
        BoxMesh.Add(builder, new Vector3(0.175f, 0.03f, 0.0625f), new Vector3(0.35f, 0.06f, 0.015f));
        BoxMesh.Add(builder, new Vector3(0.175f, 0.03f, -0.0625f), new Vector3(0.35f, 0.06f, 0.015f));
        var slope = Matrix4x4.CreateRotationZ(-25f * MathF.PI / 180f) * Matrix4x4.CreateTranslation(0.30f, 1.08f, 0f);
        return new MeshBuilder().Append(builder.Build("chute"), slope).Build("press-discharge-chute");
    }
}
