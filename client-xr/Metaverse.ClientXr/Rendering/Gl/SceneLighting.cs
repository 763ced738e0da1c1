using System.Numerics;

namespace Metaverse.ClientXr.Rendering.Gl;

/// <summary>
/// One directional light plus hemispheric ambient (sky colour on up-facing surfaces, ground colour on down-facing),
/// all linear RGB. <see cref="Direction"/> is the way the light travels (world space, normalised by the renderer).
/// </summary>
public sealed record SceneLighting(Vector3 Direction, Vector3 LightColor, Vector3 SkyColor, Vector3 GroundColor)
{
    public static readonly SceneLighting Default = new(
        new Vector3(-0.35f, -1f, -0.45f),
        new Vector3(0.85f, 0.82f, 0.76f),
        new Vector3(0.38f, 0.42f, 0.50f),
        new Vector3(0.16f, 0.14f, 0.12f));
}
