using System.Numerics;
using Metaverse.ClientXr.Rendering;

namespace Metaverse.ClientXr.Content.Organs;

/// <summary>
/// One organ: its mesh (centred near its own origin, metres), where it sits in the body (<see cref="Position"/>,
/// body space: origin between the feet, +y up, the patient facing +z, the patient's left towards +x), the PBPK
/// tissue whose concentration colours it (<see cref="TissueNames"/>), and a resting colour.
/// Draw with <c>draw.Mesh(organ.Mesh, Matrix4x4.CreateTranslation(organ.Position) * bodyWorld, colour)</c>.
/// </summary>
public sealed record OrganPart(string Name, MeshData Mesh, Vector3 Position, string Tissue, Rgba Color)
{
    /// <summary>The channel that drives this organ's colour.</summary>
    public string ConcentrationChannel => TissueNames.ConcentrationChannel(Tissue);
}
