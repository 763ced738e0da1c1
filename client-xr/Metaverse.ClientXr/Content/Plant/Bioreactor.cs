using System.Numerics;
using Metaverse.ClientXr.Content.Primitives;
using Metaverse.ClientXr.Rendering;

namespace Metaverse.ClientXr.Content.Plant;

/// <summary>
/// A pilot-scale stirred-tank bioreactor. Model space: origin at the floor under the vessel axis, +y up, front +z;
/// footprint ≈ 0.90 m × 0.90 m, 2.00 m high to the top of the drive. The vessel (r 0.35 m) has a dished bottom
/// (0.45–0.60 m), a straight side to 1.70 m and a dished head to 1.82 m, stands on three legs and wears a cooling
/// jacket (r 0.38 m, 0.62–1.35 m). Vessel and jacket are cut away over 80° facing +z so the <see cref="Liquid"/>
/// (unit-height cylinder, r 0.335 m, drawn with <see cref="LiquidTransform"/>) and the <see cref="Impeller"/>
/// (turned about +y with <see cref="ImpellerTransform"/>) show.
/// </summary>
public sealed class Bioreactor
{
    public const float Height = 2.00f;
    public const float VesselRadius = 0.35f;

    /// <summary>Height of the liquid at fraction 1 (from <see cref="LiquidBase"/> to 0.15 m under the head).</summary>
    public const float LiquidMaxHeight = 0.95f;

    /// <summary>Bottom centre of the liquid column (top of the dished bottom).</summary>
    public static readonly Vector3 LiquidBase = new(0f, 0.60f, 0f);

    /// <summary>On the vessel axis at the lower impeller; the impeller turns about +y through it.</summary>
    public static readonly Vector3 ImpellerAnchor = new(0f, 0.75f, 0f);

    public static readonly Vector3 StatusLightAnchor = new(0f, Height, 0f);

    public static readonly Vector3 LabelAnchor = new(0f, 2.30f, 0f);

    private const float WindowRadians = 80f * MathF.PI / 180f;
    private const float WindowCentre = MathF.PI / 2f;

    public Bioreactor()
    {
        Vessel = BuildVessel();
        Jacket = Lathe.Shell("bioreactor-jacket", [new(0.38f, 0.62f), new(0.38f, 1.35f)], 0.025f, 32, WindowStart, WindowSweep);
        Liquid = RevolvedShapes.Cylinder("bioreactor-liquid", 0.335f, 1f, 32);
        Impeller = BuildImpeller();
        Probes = BuildProbes();
        Supports = BuildSupports();
        StaticParts =
        [
            new("vessel", Vessel, PlantColors.Stainless),
            new("jacket", Jacket, PlantColors.DarkSteel),
            new("probes", Probes, PlantColors.Motor),
            new("supports", Supports, PlantColors.Frame),
        ];
    }

    /// <summary>The vessel shell (wall 0.012 m) with its window.</summary>
    public MeshData Vessel { get; }

    public MeshData Jacket { get; }

    /// <summary>Unit-height culture cylinder, base at y = 0; see <see cref="LiquidTransform"/>.</summary>
    public MeshData Liquid { get; }

    /// <summary>Shaft (to 1.25 m above the anchor) with two six-blade disc turbines (at 0 and 0.40 m), reach 0.13 m.</summary>
    public MeshData Impeller { get; }

    /// <summary>Three probes (pH, DO, temperature) entering through the head.</summary>
    public MeshData Probes { get; }

    /// <summary>Legs and the drive motor on the head.</summary>
    public MeshData Supports { get; }

    public IReadOnlyList<MeshPart> StaticParts { get; }

    public static Rgba LiquidColor => PlantColors.CultureMedium;

    public static Rgba ImpellerColor => PlantColors.DarkSteel;

    private static float WindowStart => WindowCentre + (WindowRadians / 2f);

    private static float WindowSweep => MathF.Tau - WindowRadians;

    /// <summary>Model transform of <see cref="Liquid"/> for a fill fraction 0–1 of the working volume (clamped).</summary>
    public static Matrix4x4 LiquidTransform(float fraction) =>
        Matrix4x4.CreateScale(1f, Math.Max(Math.Clamp(fraction, 0f, 1f), 0.005f) * LiquidMaxHeight, 1f) * Matrix4x4.CreateTranslation(LiquidBase);

    /// <summary>Model transform of <see cref="Impeller"/> turned <paramref name="angleRadians"/> about +y.</summary>
    public static Matrix4x4 ImpellerTransform(float angleRadians) =>
        Matrix4x4.CreateRotationY(angleRadians) * Matrix4x4.CreateTranslation(ImpellerAnchor);

    private static MeshData BuildVessel()
    {
        var profile = new List<Vector2>();
        for (var i = 0; i <= 6; i++)
        {
            var (sin, cos) = MathF.SinCos(i * MathF.PI / 12f);
            profile.Add(new Vector2(i == 0 ? 0f : VesselRadius * sin, 0.60f - (0.15f * cos)));
        }

        for (var i = 0; i <= 6; i++)
        {
            var (sin, cos) = MathF.SinCos(i * MathF.PI / 12f);
            profile.Add(new Vector2(i == 6 ? 0f : VesselRadius * cos, 1.70f + (0.12f * sin)));
        }

        return Lathe.Shell("bioreactor-vessel", profile, 0.012f, 32, WindowStart, WindowSweep);
    }

    private static MeshData BuildImpeller()
    {
        var builder = new MeshBuilder();
        builder.Append(RevolvedShapes.Cylinder("shaft", 0.02f, 1.25f, 8));
        var disc = RevolvedShapes.Cylinder("disc", 0.08f, 0.01f, 16);
        var blade = BoxMesh.Create("blade", new Vector3(0.06f, 0.05f, 0.008f));
        foreach (var y in new[] { 0f, 0.40f })
        {
            builder.Append(disc, Matrix4x4.CreateTranslation(0f, y - 0.005f, 0f));
            for (var i = 0; i < 6; i++)
            {
                builder.Append(blade, Matrix4x4.CreateTranslation(0.10f, 0f, 0f) * Matrix4x4.CreateRotationY(i * MathF.PI / 3f) * Matrix4x4.CreateTranslation(0f, y, 0f));
            }
        }

        return builder.Build("bioreactor-impeller");
    }

    private static MeshData BuildProbes()
    {
        var builder = new MeshBuilder();
        var probe = RevolvedShapes.Cylinder("probe", 0.012f, 0.75f, 8);
        foreach (var angle in new[] { 200f, 250f, 320f })
        {
            var (sin, cos) = MathF.SinCos(angle * MathF.PI / 180f);
            builder.Append(probe, Matrix4x4.CreateTranslation(0.22f * cos, 1.20f, 0.22f * sin));
        }

        return builder.Build("bioreactor-probes");
    }

    private static MeshData BuildSupports()
    {
        var builder = new MeshBuilder();
        builder.Append(RevolvedShapes.Cylinder("motor", 0.08f, 0.20f, 16), Matrix4x4.CreateTranslation(0f, 1.80f, 0f));
        foreach (var angle in new[] { 30f, 150f, 270f })
        {
            var (sin, cos) = MathF.SinCos(angle * MathF.PI / 180f);
            BoxMesh.Add(builder, new Vector3(0.36f * cos, 0.36f, 0.36f * sin), new Vector3(0.06f, 0.72f, 0.06f));
            BoxMesh.Add(builder, new Vector3(0.36f * cos, 0.01f, 0.36f * sin), new Vector3(0.14f, 0.02f, 0.14f));
        }

        return builder.Build("bioreactor-supports");
    }
}
