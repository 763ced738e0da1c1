using System.Numerics;
using Metaverse.ClientXr.Content.Primitives;
using Metaverse.ClientXr.Rendering;

namespace Metaverse.ClientXr.Content.Plant;

/// <summary>
/// A horizontal continuous blender. Model space: origin at the floor under the tube's centre, +y up, front +z;
/// the tube (r 0.16 m, 1.20 m long, x −0.60…0.60) lies along x with its axis at y 0.85 m, on two legs, with the
/// drive motor at −x (to x −0.83), the inlet funnel on top near −x (top at 1.15 m) and the outlet pointing down
/// near +x. The tube is cut away over 110° facing up-front so the <see cref="Agitator"/> shows; the scene spins the
/// agitator about +x with <see cref="AgitatorTransform"/>. Footprint ≈ 1.66 m × 0.40 m, 1.15 m high.
/// </summary>
public sealed class ContinuousBlender
{
    public const float TubeRadius = 0.16f;
    public const float TubeLength = 1.20f;

    /// <summary>Centre of the tube's axis; the agitator turns about +x through it.</summary>
    public static readonly Vector3 AgitatorAnchor = new(0f, 0.85f, 0f);

    public static readonly Vector3 Inlet = new(-0.45f, 1.15f, 0f);

    /// <summary>Bottom of the outlet spout.</summary>
    public static readonly Vector3 Outlet = new(0.50f, 0.55f, 0f);

    /// <summary>Top of the drive motor, for the <see cref="StatusLight"/>.</summary>
    public static readonly Vector3 StatusLightAnchor = new(-0.72f, 0.96f, 0f);

    public static readonly Vector3 LabelAnchor = new(0f, 1.45f, 0f);

    private const float WindowRadians = 110f * MathF.PI / 180f;

    public ContinuousBlender()
    {
        Tube = BuildTube();
        Agitator = BuildAgitator();
        Frame = BuildFrame();
        StaticParts =
        [
            new("tube", Tube, PlantColors.Stainless),
            new("frame", Frame, PlantColors.Frame),
        ];
    }

    /// <summary>The closed-ended tube shell (wall 0.012 m) with its cut-away window.</summary>
    public MeshData Tube { get; }

    /// <summary>Shaft and paddles about the x axis through the origin (reach 0.13 m), 1.16 m long; see <see cref="AgitatorTransform"/>.</summary>
    public MeshData Agitator { get; }

    /// <summary>Legs, motor, inlet funnel and outlet spout.</summary>
    public MeshData Frame { get; }

    public IReadOnlyList<MeshPart> StaticParts { get; }

    public static Rgba AgitatorColor => PlantColors.DarkSteel;

    /// <summary>Model transform of <see cref="Agitator"/> turned <paramref name="angleRadians"/> about +x.</summary>
    public static Matrix4x4 AgitatorTransform(float angleRadians) =>
        Matrix4x4.CreateRotationX(angleRadians) * Matrix4x4.CreateTranslation(AgitatorAnchor);

    private static MeshData BuildTube()
    {
        const float Half = TubeLength / 2f;
        Vector2[] outer = [new(0f, -Half), new(TubeRadius, -Half), new(TubeRadius, Half), new(0f, Half)];

        // Lathe angle θ maps to the world direction (0, −cos θ, sin θ) once y is turned onto x: 135° faces up-front.
        var windowCentre = 3f * MathF.PI / 4f;
        var shell = Lathe.Shell("blender-shell", outer, 0.012f, 24, windowCentre + (WindowRadians / 2f), MathF.Tau - WindowRadians);
        return new MeshBuilder().Append(shell, Matrix4x4.CreateRotationZ(-MathF.PI / 2f) * Matrix4x4.CreateTranslation(AgitatorAnchor)).Build("blender-tube");
    }

    private static MeshData BuildAgitator()
    {
        var builder = new MeshBuilder();
        var shaft = RevolvedShapes.Cylinder("shaft", 0.015f, 1.16f, 8);
        builder.Append(shaft, Matrix4x4.CreateRotationZ(-MathF.PI / 2f) * Matrix4x4.CreateTranslation(-0.58f, 0f, 0f));
        var paddle = BoxMesh.Create("paddle", new Vector3(0.05f, 0.115f, 0.012f));
        for (var i = 0; i < 10; i++)
        {
            var x = -0.50f + (i * 0.11f);
            var place = Matrix4x4.CreateRotationY(0.5f) * Matrix4x4.CreateTranslation(0f, 0.0725f, 0f) * Matrix4x4.CreateRotationX(i * MathF.PI / 2f) * Matrix4x4.CreateTranslation(x, 0f, 0f);
            builder.Append(paddle, place);
        }

        return builder.Build("blender-agitator");
    }

    private static MeshData BuildFrame()
    {
        var builder = new MeshBuilder();
        foreach (var x in new[] { -0.40f, 0.40f })
        {
            BoxMesh.Add(builder, new Vector3(x, 0.37f, 0f), new Vector3(0.08f, 0.74f, 0.08f));
            BoxMesh.Add(builder, new Vector3(x, 0.02f, 0f), new Vector3(0.14f, 0.04f, 0.40f));
            BoxMesh.Add(builder, new Vector3(x, 0.72f, 0f), new Vector3(0.10f, 0.04f, 0.30f));
        }

        BoxMesh.Add(builder, new Vector3(-0.72f, 0.85f, 0f), new Vector3(0.22f, 0.22f, 0.22f));
        BoxMesh.Add(builder, new Vector3(-0.72f, 0.37f, 0f), new Vector3(0.06f, 0.74f, 0.06f));
        builder.Append(RevolvedShapes.Frustum("inlet", 0.05f, 0.14f, 0.20f, 16), Matrix4x4.CreateTranslation(Inlet.X, 0.95f, 0f));
        builder.Append(RevolvedShapes.Cylinder("outlet", 0.05f, 0.20f, 12), Matrix4x4.CreateTranslation(Outlet));
        return builder.Build("blender-frame");
    }
}
