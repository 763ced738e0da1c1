namespace Metaverse.ClientXr.Platform.OpenXr;

/// <summary>
/// The session state machine, pure (no OpenXR calls): fed the session-state and instance-loss events from xrPollEvent,
/// it says what to do (<see cref="XrLifecycleStep"/>) and whether frames may be submitted. READY → begin, STOPPING → end,
/// EXITING → tear down and quit, LOSS_PENDING → tear down and re-create every <see cref="RetryInterval"/>,
/// INSTANCE_LOSS_PENDING → tear down everything and retry. Times are seconds on any monotonic clock.
/// </summary>
internal sealed class XrSessionLifecycle
{
    /// <summary>Seconds between attempts to re-create a lost session or instance.</summary>
    public const double RetryInterval = 2.0;

    private double _retryAt = double.PositiveInfinity;

    /// <summary>The last state the runtime reported (UNKNOWN before the first event and while no session exists).</summary>
    public XrSessionState State { get; private set; }

    /// <summary>Between xrBeginSession and xrEndSession: xrWaitFrame/xrBeginFrame/xrEndFrame may be called.</summary>
    public bool Running { get; private set; }

    /// <summary>The runtime asked the application to quit (EXITING).</summary>
    public bool ExitRequested { get; private set; }

    /// <summary>No session exists (lost or not yet re-created).</summary>
    public bool SessionLost { get; private set; }

    /// <summary>The instance was lost too: re-create it before the session.</summary>
    public bool InstanceLost { get; private set; }

    /// <summary>FOCUSED: the application receives input.</summary>
    public bool Focused => State == XrSessionState.Focused;

    /// <summary>Handles XrEventDataSessionStateChanged.</summary>
    public XrLifecycleStep OnSessionState(XrSessionState state, double now)
    {
        State = state;
        switch (state)
        {
            case XrSessionState.Ready when !Running:
                Running = true;
                return XrLifecycleStep.BeginSession;
            case XrSessionState.Stopping when Running:
                Running = false;
                return XrLifecycleStep.EndSession;
            case XrSessionState.Exiting:
                Lose(now, retry: false);
                State = state;
                ExitRequested = true;
                return XrLifecycleStep.DestroySessionAndExit;
            case XrSessionState.LossPending:
                Lose(now, retry: true);
                State = state;
                return XrLifecycleStep.DestroySessionAndRetry;
            default:
                return XrLifecycleStep.None;
        }
    }

    /// <summary>Handles XrEventDataInstanceLossPending (or XR_ERROR_INSTANCE_LOST from any call).</summary>
    public XrLifecycleStep OnInstanceLossPending(double now)
    {
        Lose(now, retry: true);
        InstanceLost = true;
        return XrLifecycleStep.DestroyInstanceAndRetry;
    }

    /// <summary>True when a lost session (or instance) should be re-created now; call <see cref="RetryFailed"/> or <see cref="SessionCreated"/> after trying.</summary>
    public bool RecreateDue(double now) => SessionLost && !ExitRequested && now >= _retryAt;

    /// <summary>The attempt failed: try again after <see cref="RetryInterval"/>.</summary>
    public void RetryFailed(double now) => _retryAt = now + RetryInterval;

    /// <summary>A new session (and instance, when it was lost) exists, in state UNKNOWN until its first event.</summary>
    public void SessionCreated()
    {
        State = XrSessionState.Unknown;
        Running = false;
        SessionLost = false;
        InstanceLost = false;
        _retryAt = double.PositiveInfinity;
    }

    private void Lose(double now, bool retry)
    {
        State = XrSessionState.Unknown;
        Running = false;
        SessionLost = true;
        _retryAt = retry ? now + RetryInterval : double.PositiveInfinity;
    }
}
