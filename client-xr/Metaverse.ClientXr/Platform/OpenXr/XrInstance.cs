using System.Text;

namespace Metaverse.ClientXr.Platform.OpenXr;

/// <summary>
/// An OpenXR instance with XR_KHR_opengl_enable and its head-mounted system. Lifecycle: <see cref="Create"/> (enumerate
/// extensions, xrCreateInstance, xrGetInstanceProperties, xrGetSystem), then <see cref="GetOpenGLRequirements"/> before
/// any session (the spec requires it), then sessions; <see cref="Dispose"/> destroys the instance (and with it every
/// child handle). Not thread-safe: use from the render thread.
/// </summary>
internal sealed unsafe class XrInstance : IDisposable
{
    /// <summary>XR_MAKE_VERSION(1, 0, 0): any 1.0.x runtime (Debian's loader is 1.0.20).</summary>
    public static readonly ulong ApiVersion = XrConstants.MakeVersion(1, 0, 0);

    private XrInstance(ulong handle, ulong systemId, string runtime)
    {
        Handle = handle;
        SystemId = systemId;
        Runtime = runtime;
    }

    public ulong Handle { get; private set; }

    public ulong SystemId { get; }

    /// <summary>"Monado 21.0.0" — the runtime's name and version, for logs.</summary>
    public string Runtime { get; }

    /// <summary>Throws <see cref="OpenXrException"/> (XR_ERROR_RUNTIME_UNAVAILABLE when no runtime is installed, XR_ERROR_EXTENSION_NOT_PRESENT without OpenGL).</summary>
    public static XrInstance Create(string applicationName)
    {
        RequireExtension(XrConstants.OpenGLEnableExtension);
        var info = new XrInstanceCreateInfo { Type = XrStructureType.InstanceCreateInfo };
        XrText.Write(applicationName, info.ApplicationInfo.ApplicationName, XrConstants.MaxApplicationNameSize);
        XrText.Write("Metaverse", info.ApplicationInfo.EngineName, XrConstants.MaxEngineNameSize);
        info.ApplicationInfo.ApplicationVersion = 1;
        info.ApplicationInfo.EngineVersion = 1;
        info.ApplicationInfo.ApiVersion = ApiVersion;
        var extension = Encoding.UTF8.GetBytes(XrConstants.OpenGLEnableExtension + "\0");
        ulong handle;
        fixed (byte* name = extension)
        {
            var names = stackalloc byte*[] { name };
            info.EnabledExtensionCount = 1;
            info.EnabledExtensionNames = names;
            OpenXrException.Check(XrNative.xrCreateInstance(&info, &handle), "xrCreateInstance");
        }

        try
        {
            var properties = new XrInstanceProperties { Type = XrStructureType.InstanceProperties };
            OpenXrException.Check(XrNative.xrGetInstanceProperties(handle, &properties), "xrGetInstanceProperties");
            var runtime = $"{XrText.Read(properties.RuntimeName, XrConstants.MaxRuntimeNameSize)} {XrConstants.VersionText(properties.RuntimeVersion)}";
            var systemInfo = new XrSystemGetInfo { Type = XrStructureType.SystemGetInfo, FormFactor = XrConstants.FormFactorHeadMountedDisplay };
            ulong systemId;
            var result = XrNative.xrGetSystem(handle, &systemInfo, &systemId);
            if (!result.Succeeded())
            {
                throw new OpenXrException("xrGetSystem", result, result == XrResult.ErrorFormFactorUnavailable ? "the headset is not connected" : "no head-mounted display");
            }

            return new XrInstance(handle, systemId, runtime);
        }
        catch
        {
            _ = XrNative.xrDestroyInstance(handle);
            throw;
        }
    }

    /// <summary>xrGetOpenGLGraphicsRequirementsKHR (through xrGetInstanceProcAddr): the OpenGL versions the runtime accepts.</summary>
    public (ulong Min, ulong Max) GetOpenGLRequirements()
    {
        var function = (delegate* unmanaged<ulong, ulong, XrGraphicsRequirementsOpenGLKHR*, XrResult>)GetProcAddress("xrGetOpenGLGraphicsRequirementsKHR");
        var requirements = new XrGraphicsRequirementsOpenGLKHR { Type = XrStructureType.GraphicsRequirementsOpenGLKhr };
        OpenXrException.Check(function(Handle, SystemId, &requirements), "xrGetOpenGLGraphicsRequirementsKHR");
        return (requirements.MinApiVersionSupported, requirements.MaxApiVersionSupported);
    }

    /// <summary>The address of an instance (extension) function; throws when the runtime lacks it.</summary>
    public nint GetProcAddress(string name)
    {
        var bytes = Encoding.UTF8.GetBytes(name + "\0");
        nint function;
        fixed (byte* text = bytes)
        {
            OpenXrException.Check(XrNative.xrGetInstanceProcAddr(Handle, text, &function), $"xrGetInstanceProcAddr({name})");
        }

        return function != 0 ? function : throw new OpenXrException($"xrGetInstanceProcAddr({name})", XrResult.ErrorFunctionUnsupported);
    }

    /// <summary>xrStringToPath.</summary>
    public ulong Path(string path)
    {
        var bytes = Encoding.UTF8.GetBytes(path + "\0");
        ulong atom;
        fixed (byte* text = bytes)
        {
            OpenXrException.Check(XrNative.xrStringToPath(Handle, text, &atom), $"xrStringToPath({path})");
        }

        return atom;
    }

    /// <summary>The recommended image size of each view of the primary stereo configuration (two views).</summary>
    public XrViewConfigurationView[] StereoViews()
    {
        uint count;
        OpenXrException.Check(XrNative.xrEnumerateViewConfigurationViews(Handle, SystemId, XrConstants.ViewConfigurationPrimaryStereo, 0, &count, null), "xrEnumerateViewConfigurationViews");
        var views = new XrViewConfigurationView[count];
        for (var i = 0; i < views.Length; i++)
        {
            views[i].Type = XrStructureType.ViewConfigurationView;
        }

        fixed (XrViewConfigurationView* pointer = views)
        {
            OpenXrException.Check(XrNative.xrEnumerateViewConfigurationViews(Handle, SystemId, XrConstants.ViewConfigurationPrimaryStereo, count, &count, pointer), "xrEnumerateViewConfigurationViews");
        }

        return views.Length == 2 ? views : throw new OpenXrException($"xrEnumerateViewConfigurationViews: expected 2 stereo views, the runtime reports {views.Length}");
    }

    /// <summary>The first environment blend mode the runtime lists for stereo (opaque on a VR headset).</summary>
    public int PreferredBlendMode()
    {
        uint count;
        OpenXrException.Check(XrNative.xrEnumerateEnvironmentBlendModes(Handle, SystemId, XrConstants.ViewConfigurationPrimaryStereo, 0, &count, null), "xrEnumerateEnvironmentBlendModes");
        if (count == 0)
        {
            return XrConstants.EnvironmentBlendModeOpaque;
        }

        var modes = stackalloc int[(int)count];
        OpenXrException.Check(XrNative.xrEnumerateEnvironmentBlendModes(Handle, SystemId, XrConstants.ViewConfigurationPrimaryStereo, count, &count, modes), "xrEnumerateEnvironmentBlendModes");
        return modes[0];
    }

    public void Dispose()
    {
        if (Handle != 0)
        {
            _ = XrNative.xrDestroyInstance(Handle);
            Handle = 0;
        }
    }

    /// <summary>
    /// Throws unless a runtime is active and offers <paramref name="extension"/> (xrEnumerateInstanceExtensionProperties):
    /// a cheap check before any window or instance exists.
    /// </summary>
    public static void RequireExtension(string extension)
    {
        uint count;
        var result = XrNative.xrEnumerateInstanceExtensionProperties(null, 0, &count, null);
        if (result == XrResult.ErrorRuntimeUnavailable)
        {
            throw new OpenXrException("xrEnumerateInstanceExtensionProperties", result, "no OpenXR runtime is active: start one (Monado, SteamVR) or set XR_RUNTIME_JSON");
        }

        OpenXrException.Check(result, "xrEnumerateInstanceExtensionProperties");
        var properties = new XrExtensionProperties[count];
        for (var i = 0; i < properties.Length; i++)
        {
            properties[i].Type = XrStructureType.ExtensionProperties;
        }

        fixed (XrExtensionProperties* pointer = properties)
        {
            OpenXrException.Check(XrNative.xrEnumerateInstanceExtensionProperties(null, count, &count, pointer), "xrEnumerateInstanceExtensionProperties");
            for (var i = 0; i < count; i++)
            {
                if (XrText.Read(pointer[i].ExtensionName, XrConstants.MaxExtensionNameSize) == extension)
                {
                    return;
                }
            }
        }

        throw new OpenXrException("xrCreateInstance", XrResult.ErrorExtensionNotPresent, $"the OpenXR runtime does not offer {extension}; the client renders with OpenGL");
    }
}
