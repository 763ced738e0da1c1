namespace Metaverse.ClientXr.Platform.OpenXr;

/// <summary>XrSessionState (openxr.h).</summary>
internal enum XrSessionState
{
    Unknown = 0,
    Idle = 1,
    Ready = 2,
    Synchronized = 3,
    Visible = 4,
    Focused = 5,
    Stopping = 6,
    LossPending = 7,
    Exiting = 8,
}

/// <summary>XrReferenceSpaceType (core values).</summary>
internal enum XrReferenceSpaceType
{
    View = 1,
    Local = 2,
    Stage = 3,
}

/// <summary>XrActionType.</summary>
internal enum XrActionType
{
    BooleanInput = 1,
    FloatInput = 2,
    Vector2fInput = 3,
    PoseInput = 4,
    VibrationOutput = 100,
}

/// <summary>The remaining OpenXR enum values and flag bits the client uses.</summary>
internal static class XrConstants
{
    public const int FormFactorHeadMountedDisplay = 1;
    public const int ViewConfigurationPrimaryStereo = 2;
    public const int EnvironmentBlendModeOpaque = 1;
    public const ulong SwapchainUsageColorAttachment = 0x1;
    public const ulong SwapchainUsageTransferSrc = 0x8;
    public const ulong SwapchainUsageSampled = 0x20;
    public const ulong SpaceLocationOrientationValid = 0x1;
    public const ulong SpaceLocationPositionValid = 0x2;
    public const ulong ViewStateOrientationValid = 0x1;
    public const ulong ViewStatePositionValid = 0x2;
    public const int MaxApplicationNameSize = 128;
    public const int MaxEngineNameSize = 128;
    public const int MaxExtensionNameSize = 128;
    public const int MaxRuntimeNameSize = 128;
    public const int MaxSystemNameSize = 256;
    public const int MaxActionSetNameSize = 64;
    public const int MaxActionNameSize = 64;
    public const int MaxLocalizedNameSize = 128;
    public const int EventDataVaryingSize = 4000;

    /// <summary>XR_MIN_HAPTIC_DURATION: the runtime's shortest pulse.</summary>
    public const long MinHapticDuration = -1;

    /// <summary>XR_FREQUENCY_UNSPECIFIED.</summary>
    public const float FrequencyUnspecified = 0f;

    /// <summary>XR_INFINITE_DURATION.</summary>
    public const long InfiniteDuration = long.MaxValue;

    /// <summary>XR_KHR_opengl_enable, the extension the client requires.</summary>
    public const string OpenGLEnableExtension = "XR_KHR_opengl_enable";

    /// <summary>XR_MAKE_VERSION(major, minor, patch): 16 bits major, 16 minor, 32 patch.</summary>
    public static ulong MakeVersion(ulong major, ulong minor, ulong patch) => (major << 48) | (minor << 32) | patch;

    /// <summary>"1.0.20" from a packed XrVersion.</summary>
    public static string VersionText(ulong version) => $"{version >> 48}.{(version >> 32) & 0xffff}.{version & 0xffffffff}";
}
