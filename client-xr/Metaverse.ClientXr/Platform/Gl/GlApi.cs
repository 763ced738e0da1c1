using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Metaverse.ClientXr.Platform.Gl;

/// <summary>
/// OpenGL 3.3 core for the context current on the calling thread. Load it once after making the context
/// current (<see cref="Load"/>); use it only on that thread while that context is current.
/// </summary>
public sealed unsafe partial class GlApi
{
    /// <summary>Loads every function through <paramref name="getProcAddress"/> (e.g. <c>DesktopWindow.GetProcAddress</c>); throws naming a missing one.</summary>
    public static GlApi Load(Func<string, nint> getProcAddress)
    {
        ArgumentNullException.ThrowIfNull(getProcAddress);
        return new GlApi(getProcAddress);
    }

    /// <summary>GL_VERSION, e.g. "4.5 (Core Profile) Mesa 22.3.6".</summary>
    public string VersionString => GetText(GlConstants.Version);

    /// <summary>GL_RENDERER, e.g. "llvmpipe (LLVM 15.0.6, 256 bits)".</summary>
    public string RendererString => GetText(GlConstants.Renderer);

    /// <summary>Throws an <see cref="InvalidOperationException"/> naming <paramref name="call"/> when glGetError reports an error.</summary>
    public void ThrowIfError(string call)
    {
        var code = GetError();
        if (code != GlConstants.NoError)
        {
            throw new InvalidOperationException($"OpenGL error {GlConstants.ErrorName(code)} after {call}");
        }
    }

    /// <summary><see cref="ThrowIfError"/> in Debug builds only (per-frame paths).</summary>
    [Conditional("DEBUG")]
    public void CheckError(string call) => ThrowIfError(call);

    private string GetText(uint name) => Marshal.PtrToStringUTF8((nint)GetString(name)) ?? string.Empty;

    private static nint LoadFunction(Func<string, nint> getProcAddress, string name)
    {
        var address = getProcAddress(name);
        return address != 0
            ? address
            : throw new InvalidOperationException($"the OpenGL driver has no {name}: an OpenGL 3.3 core context must be current (Mesa: Debian package libgl1-mesa-dri)");
    }
}
