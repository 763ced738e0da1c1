using System.Globalization;

namespace Metaverse.ClientXr.Platform.OpenXr;

/// <summary>Compares the context's GL_VERSION with the runtime's OpenGL requirements (packed XrVersion values).</summary>
internal static class XrGlVersion
{
    /// <summary>"4.5 (Core Profile) Mesa 22.3.6" → XR_MAKE_VERSION(4, 5, 0); null when the text does not start with major.minor.</summary>
    public static ulong? Parse(string glVersion)
    {
        ArgumentNullException.ThrowIfNull(glVersion);
        var numbers = glVersion.Split(' ', 2)[0].Split('.');
        return numbers.Length >= 2
            && ulong.TryParse(numbers[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            && ulong.TryParse(numbers[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minor)
            ? XrConstants.MakeVersion(major, minor, 0)
            : null;
    }

    /// <summary>Null when the context satisfies the minimum (the maximum only bounds what the runtime was tested with), else the reason.</summary>
    public static string? Check(string glVersion, ulong minimum, ulong maximum)
    {
        var version = Parse(glVersion);
        if (version is null)
        {
            return $"cannot read the OpenGL version from '{glVersion}'";
        }

        return version < minimum
            ? $"the runtime needs OpenGL {XrConstants.VersionText(minimum)} to {XrConstants.VersionText(maximum)}, the context has {glVersion}"
            : null;
    }
}
