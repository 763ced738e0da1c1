using System.Numerics;
using Metaverse.ClientXr.Content.Primitives;
using Metaverse.ClientXr.Rendering;

namespace Metaverse.ClientXr.Content.Organs;

/// <summary>
/// A simple mannequin, 1.76 m tall, to hold the organs: torso and neck (a lathe, flattened front-to-back to 62 %),
/// head, two legs and two hanging arms, each a closed solid. Body space: origin between the feet, +y up, facing +z.
/// Meant to be drawn pale and translucent around the organs.
/// </summary>
public static class BodyOutline
{
    public const float Height = 1.76f;
    public const float TorsoDepthScale = 0.62f;

    public static MeshData Create()
    {
        Vector2[] torso =
        [
            new(0f, 0.80f), new(0.12f, 0.82f), new(0.165f, 0.90f), new(0.16f, 1.00f), new(0.15f, 1.08f), new(0.155f, 1.18f),
            new(0.17f, 1.30f), new(0.175f, 1.40f), new(0.15f, 1.46f), new(0.07f, 1.50f), new(0.055f, 1.53f), new(0.055f, 1.60f), new(0f, 1.61f),
        ];
        var builder = new MeshBuilder()
            .Append(Lathe.Revolve("torso", torso, 20, creaseDegrees: 60f), Matrix4x4.CreateScale(1f, 1f, TorsoDepthScale))
            .Append(RevolvedShapes.Sphere("head", 0.1f, 16, 12), Matrix4x4.CreateScale(0.82f, 1.0f, 0.95f) * Matrix4x4.CreateTranslation(0f, 1.66f, 0f));
        Vector2[] leg = [new(0f, 0f), new(0.045f, 0f), new(0.04f, 0.10f), new(0.055f, 0.40f), new(0.05f, 0.48f), new(0.075f, 0.75f), new(0.08f, 0.86f), new(0f, 0.88f)];
        var legMesh = Lathe.Revolve("leg", leg, 14, creaseDegrees: 60f);
        var arm = RevolvedShapes.Capsule("arm", 0.04f, 0.66f, 12, 4);
        foreach (var side in new[] { -1f, 1f })
        {
            builder.Append(legMesh, Matrix4x4.CreateTranslation(side * 0.085f, 0f, 0f));
            builder.Append(arm, Matrix4x4.CreateRotationZ(side * 6f * MathF.PI / 180f) * Matrix4x4.CreateTranslation(side * 0.215f, 1.12f, 0f));
        }

        return builder.Build("body-outline");
    }
}
