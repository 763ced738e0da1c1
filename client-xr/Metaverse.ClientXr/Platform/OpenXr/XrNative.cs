using System.Runtime.InteropServices;

namespace Metaverse.ClientXr.Platform.OpenXr;

/// <summary>
/// The OpenXR 1.0 core functions the client calls, from the system loader <c>libopenxr_loader.so.1</c> (Debian package
/// libopenxr-loader1). Handles and atoms (XrPath, XrSystemId) are 64-bit; XrTime is nanoseconds. Check that the library
/// loads (<see cref="XrLoader.Check"/>) before the first call. Extension functions come from <see cref="xrGetInstanceProcAddr"/>.
/// </summary>
internal static unsafe partial class XrNative
{
    public const string Library = "libopenxr_loader.so.1";
    public const string DebianPackage = "libopenxr-loader1";

    [LibraryImport(Library)]
    public static partial XrResult xrEnumerateInstanceExtensionProperties(byte* layerName, uint capacity, uint* count, XrExtensionProperties* properties);

    [LibraryImport(Library)]
    public static partial XrResult xrCreateInstance(XrInstanceCreateInfo* info, ulong* instance);

    [LibraryImport(Library)]
    public static partial XrResult xrDestroyInstance(ulong instance);

    [LibraryImport(Library)]
    public static partial XrResult xrGetInstanceProperties(ulong instance, XrInstanceProperties* properties);

    [LibraryImport(Library)]
    public static partial XrResult xrGetInstanceProcAddr(ulong instance, byte* name, nint* function);

    [LibraryImport(Library)]
    public static partial XrResult xrPollEvent(ulong instance, XrEventDataBuffer* eventData);

    [LibraryImport(Library)]
    public static partial XrResult xrStringToPath(ulong instance, byte* pathString, ulong* path);

    [LibraryImport(Library)]
    public static partial XrResult xrGetSystem(ulong instance, XrSystemGetInfo* info, ulong* systemId);

    [LibraryImport(Library)]
    public static partial XrResult xrEnumerateViewConfigurationViews(ulong instance, ulong systemId, int viewConfigurationType, uint capacity, uint* count, XrViewConfigurationView* views);

    [LibraryImport(Library)]
    public static partial XrResult xrEnumerateEnvironmentBlendModes(ulong instance, ulong systemId, int viewConfigurationType, uint capacity, uint* count, int* modes);

    [LibraryImport(Library)]
    public static partial XrResult xrCreateSession(ulong instance, XrSessionCreateInfo* info, ulong* session);

    [LibraryImport(Library)]
    public static partial XrResult xrDestroySession(ulong session);

    [LibraryImport(Library)]
    public static partial XrResult xrBeginSession(ulong session, XrSessionBeginInfo* info);

    [LibraryImport(Library)]
    public static partial XrResult xrEndSession(ulong session);

    [LibraryImport(Library)]
    public static partial XrResult xrEnumerateReferenceSpaces(ulong session, uint capacity, uint* count, XrReferenceSpaceType* spaces);

    [LibraryImport(Library)]
    public static partial XrResult xrCreateReferenceSpace(ulong session, XrReferenceSpaceCreateInfo* info, ulong* space);

    [LibraryImport(Library)]
    public static partial XrResult xrCreateActionSpace(ulong session, XrActionSpaceCreateInfo* info, ulong* space);

    [LibraryImport(Library)]
    public static partial XrResult xrLocateSpace(ulong space, ulong baseSpace, long time, XrSpaceLocation* location);

    [LibraryImport(Library)]
    public static partial XrResult xrDestroySpace(ulong space);

    [LibraryImport(Library)]
    public static partial XrResult xrEnumerateSwapchainFormats(ulong session, uint capacity, uint* count, long* formats);

    [LibraryImport(Library)]
    public static partial XrResult xrCreateSwapchain(ulong session, XrSwapchainCreateInfo* info, ulong* swapchain);

    [LibraryImport(Library)]
    public static partial XrResult xrDestroySwapchain(ulong swapchain);

    [LibraryImport(Library)]
    public static partial XrResult xrEnumerateSwapchainImages(ulong swapchain, uint capacity, uint* count, XrSwapchainImageOpenGLKHR* images);

    [LibraryImport(Library)]
    public static partial XrResult xrAcquireSwapchainImage(ulong swapchain, XrSwapchainImageAcquireInfo* info, uint* index);

    [LibraryImport(Library)]
    public static partial XrResult xrWaitSwapchainImage(ulong swapchain, XrSwapchainImageWaitInfo* info);

    [LibraryImport(Library)]
    public static partial XrResult xrReleaseSwapchainImage(ulong swapchain, XrSwapchainImageAcquireInfo* info);

    [LibraryImport(Library)]
    public static partial XrResult xrWaitFrame(ulong session, XrFrameWaitInfo* info, XrFrameState* state);

    [LibraryImport(Library)]
    public static partial XrResult xrBeginFrame(ulong session, XrFrameWaitInfo* info);

    [LibraryImport(Library)]
    public static partial XrResult xrEndFrame(ulong session, XrFrameEndInfo* info);

    [LibraryImport(Library)]
    public static partial XrResult xrLocateViews(ulong session, XrViewLocateInfo* info, XrViewState* state, uint capacity, uint* count, XrView* views);

    [LibraryImport(Library)]
    public static partial XrResult xrCreateActionSet(ulong instance, XrActionSetCreateInfo* info, ulong* actionSet);

    [LibraryImport(Library)]
    public static partial XrResult xrDestroyActionSet(ulong actionSet);

    [LibraryImport(Library)]
    public static partial XrResult xrCreateAction(ulong actionSet, XrActionCreateInfo* info, ulong* action);

    [LibraryImport(Library)]
    public static partial XrResult xrSuggestInteractionProfileBindings(ulong instance, XrInteractionProfileSuggestedBinding* bindings);

    [LibraryImport(Library)]
    public static partial XrResult xrAttachSessionActionSets(ulong session, XrSessionActionSetsAttachInfo* info);

    [LibraryImport(Library)]
    public static partial XrResult xrSyncActions(ulong session, XrActionsSyncInfo* info);

    [LibraryImport(Library)]
    public static partial XrResult xrGetActionStateBoolean(ulong session, XrActionStateGetInfo* info, XrActionStateBoolean* state);

    [LibraryImport(Library)]
    public static partial XrResult xrGetActionStateFloat(ulong session, XrActionStateGetInfo* info, XrActionStateFloat* state);

    [LibraryImport(Library)]
    public static partial XrResult xrGetActionStateVector2f(ulong session, XrActionStateGetInfo* info, XrActionStateVector2f* state);

    [LibraryImport(Library)]
    public static partial XrResult xrGetActionStatePose(ulong session, XrActionStateGetInfo* info, XrActionStatePose* state);

    [LibraryImport(Library)]
    public static partial XrResult xrApplyHapticFeedback(ulong session, XrActionStateGetInfo* info, XrHapticVibration* vibration);
}
