using System.Runtime.InteropServices;

namespace Metaverse.ClientXr.Platform;

/// <summary>Checks that a system library loads before the first P/Invoke into it, to turn a DllNotFoundException into a <see cref="PlatformError"/>.</summary>
internal static class NativeLibraryProbe
{
    public static PlatformError? Check(string library, string debianPackage)
    {
        if (NativeLibrary.TryLoad(library, out var handle))
        {
            NativeLibrary.Free(handle);
            return null;
        }

        return PlatformError.MissingLibrary(library, debianPackage);
    }
}
