using System.Numerics;
using Metaverse.ClientXr.Content.Primitives;
using Metaverse.ClientXr.Rendering;

namespace Metaverse.ClientXr.Content.Organs;

/// <summary>
/// Stylised organ meshes of roughly adult size, each a closed smooth deformed sphere centred near its origin.
/// <c>side</c> is +1 for the patient's left (+x) and −1 for the right. Orientation as in body space (+z anterior).
/// </summary>
public static class OrganShapes
{
    private const int Slices = 20;
    private const int Stacks = 14;

    /// <summary>≈ 12 cm tall, 9 cm wide, 8 cm deep; apex down and towards the patient's left, two atrial lobes on top.</summary>
    public static MeshData Heart()
    {
        var tilt = Matrix4x4.CreateRotationZ(25f * MathF.PI / 180f) * Matrix4x4.CreateRotationX(-15f * MathF.PI / 180f);
        return DeformedSphere.Create("heart", d =>
        {
            var taper = 0.55f + (0.45f * (1f + d.Y) / 2f);
            var cleft = 1f - (0.25f * Math.Max(d.Y, 0f) * MathF.Exp(-(d.X / 0.3f) * (d.X / 0.3f)));
            var p = new Vector3(d.X * 0.045f * taper, d.Y * 0.06f * cleft, d.Z * 0.04f * taper);
            return Vector3.Transform(p, tilt);
        }, Slices, Stacks);
    }

    /// <summary>≈ 22 cm tall, 11 cm wide, 16 cm deep; broad base narrowing to the apex, flattened medial face. The right lung is 5 % larger.</summary>
    public static MeshData Lung(int side)
    {
        CheckSide(side);
        var scale = side < 0 ? 1.05f : 1f;
        return DeformedSphere.Create(side < 0 ? "right-lung" : "left-lung", d =>
        {
            var apex = 1f - (0.5f * MathF.Pow((d.Y + 1f) / 2f, 1.5f));
            var medial = d.X * side < 0f ? 0.55f : 1f;
            var baseSquash = d.Y < 0f ? 0.8f : 1f;
            return new Vector3(d.X * 0.07f * apex * medial, d.Y * 0.125f * baseSquash, d.Z * 0.085f * apex) * scale;
        }, Slices, Stacks);
    }

    /// <summary>≈ 22 cm wide, up to 12 cm tall on the patient's right tapering to the left, 14 cm deep, flat underside.</summary>
    public static MeshData Liver() => DeformedSphere.Create("liver", d =>
    {
        var height = 1f - (0.5f * (d.X + 1f) / 2f);
        var underside = d.Y < 0f ? 0.6f : 1f;
        return new Vector3(d.X * 0.11f, d.Y * 0.07f * height * underside, d.Z * 0.07f);
    }, Slices, Stacks);

    /// <summary>A bean ≈ 11 cm tall, 6 cm wide, 4.4 cm thick with the hilum dent on the medial side, upper pole tilted medially.</summary>
    public static MeshData Kidney(int side)
    {
        CheckSide(side);
        var medialDirection = -side;
        var tilt = Matrix4x4.CreateRotationZ(side * 12f * MathF.PI / 180f);
        return DeformedSphere.Create(side < 0 ? "right-kidney" : "left-kidney", d =>
        {
            var dent = 0.45f * MathF.Exp(-(d.Y / 0.4f) * (d.Y / 0.4f)) * Math.Max(d.X * medialDirection, 0f);
            var p = new Vector3((d.X - (dent * medialDirection)) * 0.03f, d.Y * 0.055f, d.Z * 0.022f);
            return Vector3.Transform(p, tilt);
        }, Slices, Stacks);
    }

    /// <summary>The bowel as a convoluted flattened mass ≈ 22 cm wide, 14 cm tall, 12 cm deep.</summary>
    public static MeshData Gut() => DeformedSphere.Create("gut", d =>
    {
        var coils = 1f + (0.07f * MathF.Sin(9f * d.X) * MathF.Sin(7f * d.Y) * MathF.Sin(5f * d.Z + 1f));
        return new Vector3(d.X * 0.11f, d.Y * 0.07f, d.Z * 0.06f) * coils;
    }, 24, 16);

    /// <summary>A bumpy sphere of mean radius 2.5 cm; the bumps are a fixed sum of sines, so every build is identical.</summary>
    public static MeshData Tumour() => DeformedSphere.Create("tumour", d => d * 0.025f * (1f + (0.18f * TumourNoise(d))), 20, 14);

    /// <summary>Deterministic smooth noise on the unit sphere, within −1…1.</summary>
    public static float TumourNoise(Vector3 d) =>
        (0.5f * MathF.Sin((5f * d.X) + 1.3f) * MathF.Sin((4f * d.Y) + 0.7f) * MathF.Sin((6f * d.Z) + 2.1f))
        + (0.3f * MathF.Sin((9f * d.Y) + (3f * d.Z) + 0.4f))
        + (0.2f * MathF.Sin((11f * d.X) - (7f * d.Z) + 2.9f));

    private static void CheckSide(int side)
    {
        if (side is not (1 or -1))
        {
            throw new ArgumentOutOfRangeException(nameof(side), side, "side is +1 (patient's left, +x) or −1 (right, −x)");
        }
    }
}
