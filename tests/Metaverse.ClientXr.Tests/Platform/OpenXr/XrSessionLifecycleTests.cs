using Metaverse.ClientXr.Platform.OpenXr;

namespace Metaverse.ClientXr.Tests.Platform.OpenXr;

public sealed class XrSessionLifecycleTests
{
    [Fact]
    public void A_normal_session_begins_on_ready_and_ends_on_stopping_then_exits()
    {
        var lifecycle = new XrSessionLifecycle();
        Assert.Equal(XrLifecycleStep.None, lifecycle.OnSessionState(XrSessionState.Idle, 0));
        Assert.Equal(XrLifecycleStep.BeginSession, lifecycle.OnSessionState(XrSessionState.Ready, 0));
        Assert.True(lifecycle.Running);
        Assert.Equal(XrLifecycleStep.None, lifecycle.OnSessionState(XrSessionState.Synchronized, 0));
        Assert.Equal(XrLifecycleStep.None, lifecycle.OnSessionState(XrSessionState.Focused, 0));
        Assert.True(lifecycle.Focused);
        Assert.Equal(XrLifecycleStep.None, lifecycle.OnSessionState(XrSessionState.Visible, 0));
        Assert.Equal(XrLifecycleStep.EndSession, lifecycle.OnSessionState(XrSessionState.Stopping, 0));
        Assert.False(lifecycle.Running);
        Assert.Equal(XrLifecycleStep.None, lifecycle.OnSessionState(XrSessionState.Idle, 0));
        Assert.Equal(XrLifecycleStep.DestroySessionAndExit, lifecycle.OnSessionState(XrSessionState.Exiting, 0));
        Assert.True(lifecycle.ExitRequested);
        Assert.False(lifecycle.RecreateDue(1_000));
    }

    [Fact]
    public void Ready_again_after_stopping_begins_again_but_a_repeated_ready_does_not()
    {
        var lifecycle = new XrSessionLifecycle();
        Assert.Equal(XrLifecycleStep.BeginSession, lifecycle.OnSessionState(XrSessionState.Ready, 0));
        Assert.Equal(XrLifecycleStep.None, lifecycle.OnSessionState(XrSessionState.Ready, 0));
        Assert.Equal(XrLifecycleStep.EndSession, lifecycle.OnSessionState(XrSessionState.Stopping, 0));
        Assert.Equal(XrLifecycleStep.None, lifecycle.OnSessionState(XrSessionState.Stopping, 0));
        Assert.Equal(XrLifecycleStep.BeginSession, lifecycle.OnSessionState(XrSessionState.Ready, 0));
    }

    [Fact]
    public void Loss_pending_tears_down_and_retries_every_interval_until_a_session_exists()
    {
        var lifecycle = new XrSessionLifecycle();
        lifecycle.OnSessionState(XrSessionState.Ready, 0);
        Assert.Equal(XrLifecycleStep.DestroySessionAndRetry, lifecycle.OnSessionState(XrSessionState.LossPending, 10));
        Assert.False(lifecycle.Running);
        Assert.True(lifecycle.SessionLost);
        Assert.False(lifecycle.ExitRequested);
        Assert.False(lifecycle.RecreateDue(10 + (XrSessionLifecycle.RetryInterval / 2)));
        Assert.True(lifecycle.RecreateDue(10 + XrSessionLifecycle.RetryInterval));
        lifecycle.RetryFailed(12);
        Assert.False(lifecycle.RecreateDue(13));
        Assert.True(lifecycle.RecreateDue(12 + XrSessionLifecycle.RetryInterval));
        lifecycle.SessionCreated();
        Assert.False(lifecycle.SessionLost);
        Assert.False(lifecycle.RecreateDue(1_000));
        Assert.Equal(XrLifecycleStep.BeginSession, lifecycle.OnSessionState(XrSessionState.Ready, 20));
    }

    [Fact]
    public void Instance_loss_tears_down_everything_and_asks_for_a_new_instance()
    {
        var lifecycle = new XrSessionLifecycle();
        lifecycle.OnSessionState(XrSessionState.Focused, 0);
        Assert.Equal(XrLifecycleStep.DestroyInstanceAndRetry, lifecycle.OnInstanceLossPending(5));
        Assert.True(lifecycle.InstanceLost);
        Assert.False(lifecycle.Running);
        Assert.True(lifecycle.RecreateDue(5 + XrSessionLifecycle.RetryInterval));
        lifecycle.SessionCreated();
        Assert.False(lifecycle.InstanceLost);
    }
}
