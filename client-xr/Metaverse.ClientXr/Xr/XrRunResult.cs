namespace Metaverse.ClientXr.Xr;

/// <summary>
/// How a headset run ended: an exit code, and <see cref="FallbackReason"/> when OpenXR failed before the first frame was
/// submitted (no runtime, no headset, no OpenGL support…) — then <c>--mode auto</c> falls back to the desktop mode and
/// <c>--mode xr</c> exits with <see cref="XrRun.XrFailed"/> naming the reason.
/// </summary>
internal readonly record struct XrRunResult(int ExitCode, string? FallbackReason)
{
    public static XrRunResult Fallback(string reason) => new(XrRun.XrFailed, reason);
}
