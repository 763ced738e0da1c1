namespace Metaverse.ClientXr.Platform.OpenXr;

/// <summary>
/// An OpenGL session: xrCreateSession with the Xlib binding, a STAGE (else LOCAL) reference space, one swapchain per eye
/// at the recommended size in the chosen colour format, and the controller actions attached. Frame calls: <see cref="WaitFrame"/>,
/// <see cref="BeginFrame"/>, <see cref="LocateViews"/>, per eye acquire/render/release, <see cref="EndFrame"/>.
/// The GL context of the binding must be current on the calling thread for the whole lifetime.
/// </summary>
internal sealed unsafe class XrGraphicsSession : IDisposable
{
    private readonly XrControllerActions _actions;
    private readonly XrCompositionLayerProjectionView[] _layerViews = new XrCompositionLayerProjectionView[2];

    private XrGraphicsSession(ulong handle, XrControllerActions actions)
    {
        Handle = handle;
        _actions = actions;
    }

    public ulong Handle { get; private set; }

    /// <summary>The play space the views and controllers are located in.</summary>
    public ulong Space { get; private set; }

    public XrReferenceSpaceType SpaceType { get; private set; }

    public long Format { get; private set; }

    public XrEyeSwapchain[] Eyes { get; } = new XrEyeSwapchain[2];

    public static XrGraphicsSession Create(XrInstance instance, XrGraphicsBindingOpenGLXlibKHR binding, XrGlFramebuffers fbo, XrControllerActions actions)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(fbo);
        ArgumentNullException.ThrowIfNull(actions);
        var info = new XrSessionCreateInfo { Type = XrStructureType.SessionCreateInfo, Next = &binding, SystemId = instance.SystemId };
        ulong handle;
        OpenXrException.Check(XrNative.xrCreateSession(instance.Handle, &info, &handle), "xrCreateSession");
        var session = new XrGraphicsSession(handle, actions);
        try
        {
            session.CreateSpace();
            session.CreateSwapchains(instance.StereoViews(), fbo);
            actions.Attach(handle);
            return session;
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    /// <summary>xrBeginSession with the primary stereo view configuration.</summary>
    public void Begin()
    {
        var info = new XrSessionBeginInfo { Type = XrStructureType.SessionBeginInfo, PrimaryViewConfigurationType = XrConstants.ViewConfigurationPrimaryStereo };
        OpenXrException.Check(XrNative.xrBeginSession(Handle, &info), "xrBeginSession");
    }

    public void End() => OpenXrException.Check(XrNative.xrEndSession(Handle), "xrEndSession");

    /// <summary>xrWaitFrame: blocks until the runtime wants the next frame.</summary>
    public XrFrameState WaitFrame()
    {
        var info = new XrFrameWaitInfo { Type = XrStructureType.FrameWaitInfo };
        var state = new XrFrameState { Type = XrStructureType.FrameState };
        OpenXrException.Check(XrNative.xrWaitFrame(Handle, &info, &state), "xrWaitFrame");
        return state;
    }

    public void BeginFrame()
    {
        var info = new XrFrameWaitInfo { Type = XrStructureType.FrameBeginInfo };
        OpenXrException.Check(XrNative.xrBeginFrame(Handle, &info), "xrBeginFrame");
    }

    /// <summary>xrLocateViews in <see cref="Space"/>: false when the eye poses are not valid (then render nothing).</summary>
    public bool LocateViews(long displayTime, Span<XrView> views)
    {
        var info = new XrViewLocateInfo { Type = XrStructureType.ViewLocateInfo, ViewConfigurationType = XrConstants.ViewConfigurationPrimaryStereo, DisplayTime = displayTime, Space = Space };
        var state = new XrViewState { Type = XrStructureType.ViewState };
        uint count;
        views[0].Type = XrStructureType.View;
        views[1].Type = XrStructureType.View;
        fixed (XrView* pointer = views)
        {
            OpenXrException.Check(XrNative.xrLocateViews(Handle, &info, &state, 2, &count, pointer), "xrLocateViews");
        }

        const ulong Valid = XrConstants.ViewStateOrientationValid | XrConstants.ViewStatePositionValid;
        return count == 2 && (state.ViewStateFlags & Valid) == Valid;
    }

    /// <summary>xrEndFrame with one projection layer of both eyes' full images, or no layer when <paramref name="views"/> is empty.</summary>
    public void EndFrame(long displayTime, int blendMode, ReadOnlySpan<XrView> views)
    {
        var info = new XrFrameEndInfo { Type = XrStructureType.FrameEndInfo, DisplayTime = displayTime, EnvironmentBlendMode = blendMode };
        if (views.IsEmpty)
        {
            OpenXrException.Check(XrNative.xrEndFrame(Handle, &info), "xrEndFrame");
            return;
        }

        for (var eye = 0; eye < 2; eye++)
        {
            _layerViews[eye] = new XrCompositionLayerProjectionView
            {
                Type = XrStructureType.CompositionLayerProjectionView,
                Pose = views[eye].Pose,
                Fov = views[eye].Fov,
                SubImage = new XrSwapchainSubImage { Swapchain = Eyes[eye].Handle, ImageRect = new XrRect2Di { Width = Eyes[eye].Width, Height = Eyes[eye].Height } },
            };
        }

        fixed (XrCompositionLayerProjectionView* layerViews = _layerViews)
        {
            var layer = new XrCompositionLayerProjection { Type = XrStructureType.CompositionLayerProjection, Space = Space, ViewCount = 2, Views = layerViews };
            var layers = stackalloc void*[] { &layer };
            info.LayerCount = 1;
            info.Layers = layers;
            OpenXrException.Check(XrNative.xrEndFrame(Handle, &info), "xrEndFrame");
        }
    }

    public void Dispose()
    {
        if (Handle == 0)
        {
            return;
        }

        _actions.Detach();
        foreach (var eye in Eyes)
        {
            eye?.Dispose();
        }

        if (Space != 0)
        {
            _ = XrNative.xrDestroySpace(Space);
            Space = 0;
        }

        _ = XrNative.xrDestroySession(Handle);
        Handle = 0;
    }

    private void CreateSpace()
    {
        uint count;
        OpenXrException.Check(XrNative.xrEnumerateReferenceSpaces(Handle, 0, &count, null), "xrEnumerateReferenceSpaces");
        var types = stackalloc XrReferenceSpaceType[(int)Math.Max(count, 1)];
        OpenXrException.Check(XrNative.xrEnumerateReferenceSpaces(Handle, count, &count, types), "xrEnumerateReferenceSpaces");
        SpaceType = new ReadOnlySpan<XrReferenceSpaceType>(types, (int)count).Contains(XrReferenceSpaceType.Stage) ? XrReferenceSpaceType.Stage : XrReferenceSpaceType.Local;
        var info = new XrReferenceSpaceCreateInfo { Type = XrStructureType.ReferenceSpaceCreateInfo, ReferenceSpaceType = SpaceType, PoseInReferenceSpace = XrPosef.Identity };
        ulong space;
        OpenXrException.Check(XrNative.xrCreateReferenceSpace(Handle, &info, &space), "xrCreateReferenceSpace");
        Space = space;
    }

    private void CreateSwapchains(XrViewConfigurationView[] views, XrGlFramebuffers fbo)
    {
        uint count;
        OpenXrException.Check(XrNative.xrEnumerateSwapchainFormats(Handle, 0, &count, null), "xrEnumerateSwapchainFormats");
        var formats = new long[count];
        fixed (long* pointer = formats)
        {
            OpenXrException.Check(XrNative.xrEnumerateSwapchainFormats(Handle, count, &count, pointer), "xrEnumerateSwapchainFormats");
        }

        Format = XrSwapchainFormat.Choose(formats)
            ?? throw new OpenXrException($"xrEnumerateSwapchainFormats: none of the runtime's formats ({string.Join(", ", formats.Select(XrSwapchainFormat.Name))}) is GL_SRGB8_ALPHA8 or GL_RGBA8");
        for (var eye = 0; eye < 2; eye++)
        {
            Eyes[eye] = XrEyeSwapchain.Create(Handle, fbo, Format, (int)views[eye].RecommendedImageRectWidth, (int)views[eye].RecommendedImageRectHeight);
        }
    }
}
