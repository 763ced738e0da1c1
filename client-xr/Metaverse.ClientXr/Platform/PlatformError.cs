namespace Metaverse.ClientXr.Platform;

/// <summary>
/// An expected failure of the native platform (missing library, no display): a message for the user and,
/// when installing something fixes it, the Debian package that does.
/// </summary>
public sealed record PlatformError(string Message, string? DebianPackage)
{
    /// <summary>A shared library that could not be loaded, with the Debian package that provides it.</summary>
    public static PlatformError MissingLibrary(string library, string debianPackage, string? detail = null) =>
        new($"cannot load {library}{(detail is null ? string.Empty : $" ({detail})")}: install the Debian package {debianPackage}", debianPackage);

    /// <summary>No X display to open a window on.</summary>
    public static PlatformError NoDisplay(string detail) =>
        new($"no display: set DISPLAY or run under xvfb-run; Debian package xvfb ({detail})", "xvfb");

    public override string ToString() => Message;
}
