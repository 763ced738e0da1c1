using Metaverse.ClientXr.Rendering;

namespace Metaverse.ClientXr.Content;

/// <summary>
/// A named mesh already placed in its owner's model space (metres), with the colour it is meant to be drawn in.
/// Draw with <c>draw.Mesh(part.Mesh, ownerWorld, part.Color)</c>.
/// </summary>
public readonly record struct MeshPart(string Name, MeshData Mesh, Rgba Color);
