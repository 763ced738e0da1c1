using System.Numerics;
using Metaverse.ClientXr.Content.Molecules;
using Metaverse.ClientXr.Rendering;

namespace Metaverse.ClientXr.Content.Organs;

/// <summary>
/// The organs of the patient room placed in a 1.76 m body (see <see cref="OrganPart"/> for body space), each
/// mapped to the PBPK tissue that colours it. Tissues "muscle", "fat" and "rest" have no organ mesh; the
/// <see cref="Body"/> outline is not tied to a tissue.
/// </summary>
public sealed class OrganSet
{
    public static readonly Vector3 HeartPosition = new(0.02f, 1.27f, 0.04f);
    public static readonly Vector3 LeftLungPosition = new(0.085f, 1.32f, 0f);
    public static readonly Vector3 RightLungPosition = new(-0.085f, 1.32f, 0f);
    public static readonly Vector3 LiverPosition = new(-0.03f, 1.14f, 0.02f);
    public static readonly Vector3 LeftKidneyPosition = new(0.065f, 1.08f, -0.055f);
    public static readonly Vector3 RightKidneyPosition = new(-0.065f, 1.06f, -0.055f);
    public static readonly Vector3 GutPosition = new(0f, 0.98f, 0.02f);

    /// <summary>On the front of the right lung's lower lobe, partly proud of its surface so it stays visible.</summary>
    public static readonly Vector3 TumourPosition = new(-0.09f, 1.27f, 0.065f);

    public static readonly Rgba BodyColor = new(0.55f, 0.72f, 0.9f, 0.25f);

    public OrganSet()
    {
        Body = BodyOutline.Create();
        Organs =
        [
            new("heart", OrganShapes.Heart(), HeartPosition, TissueNames.Heart, ElementData.FromSrgb(0xB0, 0x22, 0x2A)),
            new("left-lung", OrganShapes.Lung(1), LeftLungPosition, TissueNames.Lung, ElementData.FromSrgb(0xE8, 0x9A, 0xA4)),
            new("right-lung", OrganShapes.Lung(-1), RightLungPosition, TissueNames.Lung, ElementData.FromSrgb(0xE8, 0x9A, 0xA4)),
            new("liver", OrganShapes.Liver(), LiverPosition, TissueNames.Liver, ElementData.FromSrgb(0x7A, 0x26, 0x1C)),
            new("left-kidney", OrganShapes.Kidney(1), LeftKidneyPosition, TissueNames.Kidney, ElementData.FromSrgb(0x9C, 0x3B, 0x35)),
            new("right-kidney", OrganShapes.Kidney(-1), RightKidneyPosition, TissueNames.Kidney, ElementData.FromSrgb(0x9C, 0x3B, 0x35)),
            new("gut", OrganShapes.Gut(), GutPosition, TissueNames.Gut, ElementData.FromSrgb(0xDC, 0x9C, 0x84)),
            new("tumour", OrganShapes.Tumour(), TumourPosition, TissueNames.Tumour, ElementData.FromSrgb(0x8C, 0x7A, 0x4E)),
        ];
    }

    /// <summary>The mannequin around the organs (<see cref="BodyOutline"/>), drawn in <see cref="BodyColor"/>.</summary>
    public MeshData Body { get; }

    public IReadOnlyList<OrganPart> Organs { get; }

    /// <summary>The organ called <paramref name="name"/> ("heart", "left-lung", …).</summary>
    public OrganPart this[string name] => Organs.FirstOrDefault(o => o.Name == name) ?? throw new KeyNotFoundException($"no organ '{name}'");

    /// <summary>The organs coloured by <paramref name="tissue"/> (two for "lung" and "kidney", none for "muscle").</summary>
    public IEnumerable<OrganPart> ForTissue(string tissue) => Organs.Where(o => o.Tissue == tissue);
}
