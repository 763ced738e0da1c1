namespace Metaverse.ClientXr.Platform.OpenXr;

/// <summary>Turns a missing OpenXR loader into a <see cref="PlatformError"/> naming the Debian package libopenxr-loader1.</summary>
internal static class XrLoader
{
    public static PlatformError? Check() => NativeLibraryProbe.Check(XrNative.Library, XrNative.DebianPackage);
}
