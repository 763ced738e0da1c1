namespace Metaverse.ClientXr.Platform.OpenXr;

/// <summary>What the owner of a session must do after an event, as decided by <see cref="XrSessionLifecycle"/>.</summary>
internal enum XrLifecycleStep
{
    /// <summary>Nothing to do.</summary>
    None,

    /// <summary>READY: call xrBeginSession (primary stereo), then frames may be submitted.</summary>
    BeginSession,

    /// <summary>STOPPING: call xrEndSession; no more frames.</summary>
    EndSession,

    /// <summary>EXITING: destroy the session; the application should quit.</summary>
    DestroySessionAndExit,

    /// <summary>LOSS_PENDING: destroy the session and try to create a new one later (<see cref="XrSessionLifecycle.RecreateDue"/>).</summary>
    DestroySessionAndRetry,

    /// <summary>INSTANCE_LOSS_PENDING: destroy the session and the instance; retry both later.</summary>
    DestroyInstanceAndRetry,
}
