using System.Runtime.InteropServices;
using System.Text;

namespace Metaverse.ClientXr.Platform.OpenXr;

/// <summary>XrApplicationInfo: names as NUL-terminated UTF-8 in fixed arrays.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrApplicationInfo
{
    public fixed byte ApplicationName[XrConstants.MaxApplicationNameSize];
    public uint ApplicationVersion;
    public fixed byte EngineName[XrConstants.MaxEngineNameSize];
    public uint EngineVersion;
    public ulong ApiVersion;
}

/// <summary>XrInstanceCreateInfo.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrInstanceCreateInfo
{
    public XrStructureType Type;
    public void* Next;
    public ulong CreateFlags;
    public XrApplicationInfo ApplicationInfo;
    public uint EnabledApiLayerCount;
    public byte** EnabledApiLayerNames;
    public uint EnabledExtensionCount;
    public byte** EnabledExtensionNames;
}

/// <summary>XrExtensionProperties.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrExtensionProperties
{
    public XrStructureType Type;
    public void* Next;
    public fixed byte ExtensionName[XrConstants.MaxExtensionNameSize];
    public uint ExtensionVersion;
}

/// <summary>XrInstanceProperties.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrInstanceProperties
{
    public XrStructureType Type;
    public void* Next;
    public ulong RuntimeVersion;
    public fixed byte RuntimeName[XrConstants.MaxRuntimeNameSize];
}

/// <summary>XrSystemGetInfo.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrSystemGetInfo
{
    public XrStructureType Type;
    public void* Next;
    public int FormFactor;
}

/// <summary>XrGraphicsRequirementsOpenGLKHR: the OpenGL versions (packed XrVersion) the runtime accepts.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrGraphicsRequirementsOpenGLKHR
{
    public XrStructureType Type;
    public void* Next;
    public ulong MinApiVersionSupported;
    public ulong MaxApiVersionSupported;
}

/// <summary>Copies between .NET strings and the NUL-terminated UTF-8 arrays in OpenXR structs.</summary>
internal static unsafe class XrText
{
    /// <summary>Writes <paramref name="text"/> NUL-terminated into <paramref name="destination"/>; throws when it does not fit.</summary>
    public static void Write(string text, byte* destination, int capacity)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (bytes.Length >= capacity)
        {
            throw new ArgumentException($"'{text}' is longer than the {capacity - 1} bytes OpenXR allows here", nameof(text));
        }

        var span = new Span<byte>(destination, capacity);
        span.Clear();
        bytes.CopyTo(span);
    }

    /// <summary>The string up to the first NUL of a fixed array.</summary>
    public static string Read(byte* source, int capacity)
    {
        var span = new ReadOnlySpan<byte>(source, capacity);
        var end = span.IndexOf((byte)0);
        return Encoding.UTF8.GetString(end < 0 ? span : span[..end]);
    }
}
