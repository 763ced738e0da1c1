namespace Metaverse.ClientXr.Platform.OpenXr;

/// <summary>
/// The headset as the front end sees it: instance, controller actions and session, kept alive through the
/// <see cref="XrSessionLifecycle"/> (xrPollEvent drives begin/end; a lost session or instance is torn down and
/// re-created every <see cref="XrSessionLifecycle.RetryInterval"/> seconds). Render thread only, with the GL
/// context of the binding current.
/// </summary>
internal sealed unsafe class XrHeadset : IDisposable
{
    private readonly Func<XrGraphicsBindingOpenGLXlibKHR> _binding;
    private readonly XrGlFramebuffers _fbo;
    private readonly string _glVersion;
    private readonly Action<string> _log;
    private XrInstance? _instance;
    private XrControllerActions? _actions;
    private XrGraphicsSession? _session;

    private XrHeadset(Func<XrGraphicsBindingOpenGLXlibKHR> binding, XrGlFramebuffers fbo, string glVersion, Action<string> log)
    {
        _binding = binding;
        _fbo = fbo;
        _glVersion = glVersion;
        _log = log;
    }

    public XrSessionLifecycle Lifecycle { get; } = new();

    /// <summary>The current session, null while lost.</summary>
    public XrGraphicsSession? Session => _session;

    public XrControllerActions? Actions => _actions;

    /// <summary>The runtime's environment blend mode for xrEndFrame.</summary>
    public int BlendMode { get; private set; } = XrConstants.EnvironmentBlendModeOpaque;

    /// <summary>A session exists and is between xrBeginSession and xrEndSession.</summary>
    public bool Running => _session is not null && Lifecycle.Running;

    /// <summary>"Monado 21.0.0, STAGE space, GL_SRGB8_ALPHA8 1440×1600 per eye" — for the log.</summary>
    public string Description => _instance is null || _session is null
        ? "no session"
        : $"{_instance.Runtime}, {_session.SpaceType.ToString().ToUpperInvariant()} space, {XrSwapchainFormat.Name(_session.Format)} {_session.Eyes[0].Width}×{_session.Eyes[0].Height} per eye";

    /// <summary>Creates instance, checks the OpenGL requirements (before the session, as the spec demands), actions and session; throws <see cref="OpenXrException"/>.</summary>
    public static XrHeadset Open(Func<XrGraphicsBindingOpenGLXlibKHR> binding, XrGlFramebuffers fbo, string glVersion, Action<string> log)
    {
        var headset = new XrHeadset(binding, fbo, glVersion, log);
        try
        {
            headset.CreateAll();
            return headset;
        }
        catch
        {
            headset.Dispose();
            throw;
        }
    }

    /// <summary>Drains xrPollEvent and applies the lifecycle; re-creates a lost session when due. <paramref name="now"/>: seconds, monotonic.</summary>
    public void PollEvents(double now)
    {
        if (Lifecycle.RecreateDue(now))
        {
            TryRecreate(now);
        }

        while (_instance is not null && Poll(out var buffer))
        {
            switch (buffer.Type)
            {
                case XrStructureType.EventDataSessionStateChanged:
                    var changed = (XrEventDataSessionStateChanged*)&buffer;
                    _log($"OpenXR session state {changed->State.ToString().ToUpperInvariant()}");
                    Apply(Lifecycle.OnSessionState(changed->State, now));
                    break;
                case XrStructureType.EventDataInstanceLossPending:
                    _log("OpenXR instance loss pending: tearing down; will retry");
                    Apply(Lifecycle.OnInstanceLossPending(now));
                    return;
                default:
                    break;
            }
        }
    }

    /// <summary>Handles XR_ERROR_SESSION_LOST / XR_ERROR_INSTANCE_LOST from a frame call like the matching event; false for any other error.</summary>
    public bool HandleLoss(OpenXrException error, double now)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error.Result == XrResult.ErrorSessionLost)
        {
            Apply(Lifecycle.OnSessionState(XrSessionState.LossPending, now));
            return true;
        }

        if (error.Result == XrResult.ErrorInstanceLost)
        {
            Apply(Lifecycle.OnInstanceLossPending(now));
            return true;
        }

        return false;
    }

    public void Dispose()
    {
        DestroySession();
        DestroyInstance();
    }

    private bool Poll(out XrEventDataBuffer buffer)
    {
        buffer = default;
        buffer.Type = XrStructureType.EventDataBuffer;
        fixed (XrEventDataBuffer* pointer = &buffer)
        {
            var result = XrNative.xrPollEvent(_instance!.Handle, pointer);
            if (result == XrResult.ErrorInstanceLost)
            {
                pointer->Type = XrStructureType.EventDataInstanceLossPending;
                return true;
            }

            return OpenXrException.Check(result, "xrPollEvent") == XrResult.Success;
        }
    }

    private void Apply(XrLifecycleStep step)
    {
        switch (step)
        {
            case XrLifecycleStep.BeginSession:
                _session!.Begin();
                break;
            case XrLifecycleStep.EndSession:
                _session!.End();
                break;
            case XrLifecycleStep.DestroySessionAndExit:
            case XrLifecycleStep.DestroySessionAndRetry:
                DestroySession();
                break;
            case XrLifecycleStep.DestroyInstanceAndRetry:
                DestroySession();
                DestroyInstance();
                break;
            default:
                break;
        }
    }

    private void CreateAll()
    {
        _instance ??= XrInstance.Create("Metaverse");
        var (minimum, maximum) = _instance.GetOpenGLRequirements();
        var problem = XrGlVersion.Check(_glVersion, minimum, maximum);
        if (problem is not null)
        {
            throw new OpenXrException("xrGetOpenGLGraphicsRequirementsKHR", XrResult.ErrorGraphicsDeviceInvalid, problem);
        }

        BlendMode = _instance.PreferredBlendMode();
        _actions ??= new XrControllerActions(_instance, _log);
        _session = XrGraphicsSession.Create(_instance, _binding(), _fbo, _actions);
        Lifecycle.SessionCreated();
    }

    private void TryRecreate(double now)
    {
        try
        {
            CreateAll();
            _log($"OpenXR session re-created: {Description}");
        }
        catch (OpenXrException e)
        {
            DestroySession();
            if (e.Result == XrResult.ErrorInstanceLost)
            {
                DestroyInstance();
            }

            Lifecycle.RetryFailed(now);
        }
    }

    private void DestroySession()
    {
        _session?.Dispose();
        _session = null;
    }

    private void DestroyInstance()
    {
        _actions?.Dispose();
        _actions = null;
        _instance?.Dispose();
        _instance = null;
    }
}
