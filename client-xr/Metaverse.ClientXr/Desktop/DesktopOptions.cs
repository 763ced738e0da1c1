using System.Net;
using System.Numerics;
using Metaverse.ClientXr.Scenes;

namespace Metaverse.ClientXr.Desktop;

/// <summary>
/// The validated flags of <c>--mode desktop</c>. <see cref="Screenshot"/> set: render <see cref="AfterFrames"/>
/// frames, save the last one as PNG and exit. <see cref="Camera"/>: start viewpoint (metres; yaw and pitch in
/// radians) instead of the scene's own.
/// </summary>
internal sealed record DesktopOptions(
    IPEndPoint Server,
    Uri Api,
    string Name,
    string Role,
    int Width,
    int Height,
    SceneId Scene,
    (Vector3 Position, float Yaw, float Pitch)? Camera,
    string? Screenshot,
    int AfterFrames,
    bool Json);
