using System.Numerics;
using Metaverse.ClientXr.Content.Primitives;
using Metaverse.ClientXr.Rendering;

namespace Metaverse.ClientXr.Content.Plant;

/// <summary>
/// A laboratory freeze dryer. Model space: origin at the floor centre, +y up, front +z; footprint 1.50 m (x −0.70…0.80)
/// × 0.70 m (z −0.35…0.35), 1.40 m high. A machinery plinth (to 0.30 m) carries the chamber cabinet (x −0.70…0.10,
/// to 1.30 m, open at the front) and the condenser (vertical vessel r 0.25 m at x 0.45, to 1.30 m) joined by a duct.
/// The <see cref="Door"/> hangs on a hinge at the chamber's front-left edge (<see cref="DoorTransform"/> swings it
/// open). <see cref="ShelfCount"/> shelves (one <see cref="Shelf"/> mesh, top face at y = 0, drawn with
/// <see cref="ShelfTransforms"/>) each carry 7 × 7 vials (<see cref="Vial"/>, standing on y = 0, drawn with
/// <see cref="VialTransforms"/>).
/// </summary>
public sealed class FreezeDryer
{
    public const int ShelfCount = 4;
    public const int VialsPerSide = 7;
    public const float VialPitch = 0.07f;
    public const float VialRadius = 0.015f;
    public const float VialHeight = 0.05f;

    /// <summary>Vertical position of the door's hinge line at the chamber's front-left corner (bottom end).</summary>
    public static readonly Vector3 DoorHinge = new(-0.70f, 0.30f, 0.35f);

    public static readonly Vector3 ChamberCentre = new(-0.30f, 0.80f, 0f);

    public static readonly Vector3 CondenserAnchor = new(0.45f, 0.30f, 0f);

    public static readonly Vector3 StatusLightAnchor = new(0.45f, 1.30f, 0f);

    public static readonly Vector3 LabelAnchor = new(0f, 1.70f, 0f);

    public FreezeDryer()
    {
        Chamber = BuildChamber();
        Door = BuildDoor();
        Shelf = BuildShelf();
        Vial = BuildVial();
        Condenser = BuildCondenser();
        ShelfTransforms = [.. Enumerable.Range(0, ShelfCount).Select(i => Matrix4x4.CreateTranslation(ChamberCentre.X, 0.45f + (i * 0.22f), 0f))];
        VialTransforms = [.. ShelfTransforms.SelectMany(shelf => VialOffsets.Select(offset => Matrix4x4.CreateTranslation(offset) * shelf))];
        StaticParts =
        [
            new("chamber", Chamber, PlantColors.Stainless),
            new("condenser", Condenser, PlantColors.Stainless),
        ];
    }

    /// <summary>Plinth, chamber walls (open front) and the duct to the condenser.</summary>
    public MeshData Chamber { get; }

    /// <summary>The door in hinge space: from the hinge (origin) along +x 0.80 m, up 1.00 m, 0.04 m thick towards +z, with a handle.</summary>
    public MeshData Door { get; }

    /// <summary>One shelf 0.68 × 0.56 m, 0.02 m thick, top face at y = 0.</summary>
    public MeshData Shelf { get; }

    /// <summary>One 30 mm vial 50 mm tall with a neck, standing on y = 0 (64 triangles; instance it).</summary>
    public MeshData Vial { get; }

    public MeshData Condenser { get; }

    /// <summary>Model transforms of the shelves, bottom to top (shelf tops at 0.45, 0.67, 0.89, 1.11 m).</summary>
    public IReadOnlyList<Matrix4x4> ShelfTransforms { get; }

    /// <summary>Model transforms of all vials: shelf by shelf (bottom first), 49 per shelf, row-major from −x −z.</summary>
    public IReadOnlyList<Matrix4x4> VialTransforms { get; }

    /// <summary>Positions of the 7 × 7 vials relative to a shelf's transform (on its top face, centred).</summary>
    public static IReadOnlyList<Vector3> VialOffsets { get; } =
        [.. Enumerable.Range(0, VialsPerSide * VialsPerSide).Select(i => new Vector3(((i % VialsPerSide) - 3) * VialPitch, 0f, ((i / VialsPerSide) - 3) * VialPitch))];

    public IReadOnlyList<MeshPart> StaticParts { get; }

    public static Rgba DoorColor => PlantColors.DarkSteel;

    public static Rgba ShelfColor => PlantColors.DarkSteel;

    public static Rgba VialColor => PlantColors.Glass;

    /// <summary>Model transform of <see cref="Door"/> opened by <paramref name="openRadians"/> (0 closed, π/2 wide open towards +z).</summary>
    public static Matrix4x4 DoorTransform(float openRadians) =>
        Matrix4x4.CreateRotationY(-openRadians) * Matrix4x4.CreateTranslation(DoorHinge);

    private static MeshData BuildChamber()
    {
        var builder = new MeshBuilder();
        BoxMesh.Add(builder, new Vector3(0.05f, 0.15f, 0f), new Vector3(1.50f, 0.30f, 0.70f));
        // Walls overlap (sunk 1 cm into plinth and roof, back wall into the sides) so no faces or edges coincide.
        var c = ChamberCentre;
        BoxMesh.Add(builder, new Vector3(c.X, 0.78f, -0.33f), new Vector3(0.74f, 0.98f, 0.04f));
        BoxMesh.Add(builder, new Vector3(c.X - 0.38f, 0.78f, 0f), new Vector3(0.04f, 0.98f, 0.70f));
        BoxMesh.Add(builder, new Vector3(c.X + 0.38f, 0.78f, 0f), new Vector3(0.04f, 0.98f, 0.70f));
        BoxMesh.Add(builder, new Vector3(c.X, 1.28f, 0f), new Vector3(0.80f, 0.04f, 0.70f));
        var duct = RevolvedShapes.Cylinder("duct", 0.08f, 0.16f, 12);
        builder.Append(duct, Matrix4x4.CreateRotationZ(-MathF.PI / 2f) * Matrix4x4.CreateTranslation(0.08f, 0.95f, 0f));
        return builder.Build("freeze-dryer-chamber");
    }

    private static MeshData BuildDoor()
    {
        var builder = new MeshBuilder();
        builder.Append(Extrusion.RoundedPanel("door-panel", 0.80f, 1.00f, 0.04f, 0.05f), Matrix4x4.CreateTranslation(0.40f, 0.50f, 0.02f));
        BoxMesh.Add(builder, new Vector3(0.72f, 0.50f, 0.06f), new Vector3(0.03f, 0.25f, 0.04f));
        return builder.Build("freeze-dryer-door");
    }

    private static MeshData BuildShelf()
    {
        var builder = new MeshBuilder();
        BoxMesh.Add(builder, new Vector3(0f, -0.01f, 0f), new Vector3(0.68f, 0.02f, 0.56f));
        return builder.Build("freeze-dryer-shelf");
    }

    private static MeshData BuildVial()
    {
        const float R = VialRadius;
        const float H = VialHeight;
        Vector2[] profile = [new(0f, 0f), new(R, 0f), new(R, 0.7f * H), new(0.55f * R, 0.82f * H), new(0.55f * R, H), new(0f, H)];
        return Lathe.Revolve("freeze-dryer-vial", profile, 8);
    }

    private static MeshData BuildCondenser()
    {
        var profile = new List<Vector2> { new(0f, 0f), new(0.25f, 0f) };
        profile.AddRange(RevolvedShapes.Arc(new Vector2(0f, 0.85f), 0.25f, 0f, MathF.PI / 2f, 5).Select(p => p with { Y = 0.85f + ((p.Y - 0.85f) * 0.6f) }));
        return new MeshBuilder().Append(Lathe.Revolve("condenser", profile, 24), Matrix4x4.CreateTranslation(CondenserAnchor)).Build("freeze-dryer-condenser");
    }
}
