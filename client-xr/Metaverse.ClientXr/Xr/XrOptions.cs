using Metaverse.ClientXr.Desktop;

namespace Metaverse.ClientXr.Xr;

/// <summary>
/// The validated flags of <c>--mode xr</c> (and of the XR attempt of <c>--mode auto</c>): the desktop flags (server,
/// name, role, mirror window size, start scene), <see cref="Frames"/> (stop after that many submitted frames; 0 = run
/// until the session exits or the window closes), and the comfort options.
/// </summary>
internal sealed record XrOptions(DesktopOptions Desktop, int Frames, TurnMode Turn, float SnapDegrees);
