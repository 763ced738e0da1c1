using System.Numerics;
using Metaverse.ClientXr.Content.Primitives;
using Metaverse.ClientXr.Rendering;

namespace Metaverse.ClientXr.Content.Plant;

/// <summary>
/// A loss-in-weight screw feeder. Model space: origin at the floor under the hopper axis, +y up, front +z;
/// footprint 0.80 m (x, −0.40…0.40) × 0.60 m (z), 1.40 m high. A load-cell platform (top at 0.17 m) carries a
/// horizontal screw housing along +x (axis at y 0.30 m, r 0.07 m, motor at −x, discharge nozzle pointing down at
/// +x) under an open-topped hopper (outlet r 0.06 m at 0.34 m, cone to r 0.28 m at 0.75 m, cylinder to the rim at
/// 1.40 m). The powder <see cref="HopperFill"/> is a unit-height cylinder (r 0.26 m) to be drawn with
/// <see cref="FillTransform"/>; it shows through the open top.
/// </summary>
public sealed class LossInWeightFeeder
{
    public const float Height = 1.40f;
    public const float HopperRadius = 0.28f;

    /// <summary>Height of the fill at level 1 (from <see cref="FillBase"/> to just under the rim).</summary>
    public const float FillMaxHeight = 0.62f;

    /// <summary>Bottom centre of the powder fill (top of the hopper cone).</summary>
    public static readonly Vector3 FillBase = new(0f, 0.75f, 0f);

    /// <summary>Where material leaves: bottom of the discharge nozzle.</summary>
    public static readonly Vector3 Outlet = new(0.35f, 0.18f, 0f);

    /// <summary>Where a refill enters: centre of the hopper's open top.</summary>
    public static readonly Vector3 RefillInlet = new(0f, Height, 0f);

    /// <summary>Top of the bracket on the hopper rim (+x side) for the <see cref="StatusLight"/>.</summary>
    public static readonly Vector3 StatusLightAnchor = new(0.33f, Height, 0f);

    /// <summary>A good place for a floating label or panel, above the hopper.</summary>
    public static readonly Vector3 LabelAnchor = new(0f, 1.65f, 0f);

    public LossInWeightFeeder()
    {
        HopperBody = BuildHopper();
        HopperFill = RevolvedShapes.Cylinder("feeder-hopper-fill", 0.26f, 1f, 24);
        ScrewHousing = BuildScrewHousing();
        LoadCellBase = BuildBase();
        StaticParts =
        [
            new("hopper", HopperBody, PlantColors.Stainless),
            new("screw-housing", ScrewHousing, PlantColors.Stainless),
            new("load-cell-base", LoadCellBase, PlantColors.Frame),
        ];
    }

    /// <summary>Open-topped hopper shell (wall 0.015 m) with the status-light bracket.</summary>
    public MeshData HopperBody { get; }

    /// <summary>Unit-height powder cylinder, base at y = 0; see <see cref="FillTransform"/>.</summary>
    public MeshData HopperFill { get; }

    public MeshData ScrewHousing { get; }

    public MeshData LoadCellBase { get; }

    /// <summary>The parts that never move, placed in model space.</summary>
    public IReadOnlyList<MeshPart> StaticParts { get; }

    public static Rgba FillColor => PlantColors.Powder;

    /// <summary>Model transform of <see cref="HopperFill"/> for a fill level 0–1 (clamped; 0 leaves a thin layer).</summary>
    public static Matrix4x4 FillTransform(float level) =>
        Matrix4x4.CreateScale(1f, Math.Max(Math.Clamp(level, 0f, 1f), 0.005f) * FillMaxHeight, 1f) * Matrix4x4.CreateTranslation(FillBase);

    private static MeshData BuildHopper()
    {
        Vector2[] outer = [new(0.06f, 0.34f), new(0.06f, 0.42f), new(HopperRadius, FillBase.Y), new(HopperRadius, Height)];
        var builder = new MeshBuilder().Append(Lathe.Shell("hopper-shell", outer, 0.015f, 24, creaseDegrees: 25f));
        BoxMesh.Add(builder, new Vector3(0.31f, Height - 0.02f, 0f), new Vector3(0.1f, 0.04f, 0.08f));
        return builder.Build("feeder-hopper");
    }

    private static MeshData BuildScrewHousing()
    {
        var tube = RevolvedShapes.Cylinder("screw-tube", 0.07f, 0.70f, 16);
        var alongX = Matrix4x4.CreateRotationZ(-MathF.PI / 2f) * Matrix4x4.CreateTranslation(-0.30f, 0.30f, 0f);
        var nozzle = RevolvedShapes.Cylinder("nozzle", 0.045f, 0.12f, 12);
        var builder = new MeshBuilder()
            .Append(tube, alongX)
            .Append(nozzle, Matrix4x4.CreateTranslation(Outlet));
        BoxMesh.Add(builder, new Vector3(-0.32f, 0.30f, 0f), new Vector3(0.16f, 0.18f, 0.18f));
        BoxMesh.Add(builder, new Vector3(-0.05f, 0.20f, 0f), new Vector3(0.10f, 0.07f, 0.10f));
        return builder.Build("feeder-screw-housing");
    }

    private static MeshData BuildBase()
    {
        var builder = new MeshBuilder();
        BoxMesh.Add(builder, new Vector3(0f, 0.04f, 0f), new Vector3(0.80f, 0.08f, 0.60f));
        BoxMesh.Add(builder, new Vector3(0f, 0.15f, 0f), new Vector3(0.70f, 0.04f, 0.50f));
        var cell = RevolvedShapes.Cylinder("load-cell", 0.04f, 0.05f, 12);
        foreach (var (x, z) in new[] { (-0.3f, -0.2f), (0.3f, -0.2f), (-0.3f, 0.2f), (0.3f, 0.2f) })
        {
            builder.Append(cell, Matrix4x4.CreateTranslation(x, 0.08f, z));
        }

        return builder.Build("feeder-load-cell-base");
    }
}
