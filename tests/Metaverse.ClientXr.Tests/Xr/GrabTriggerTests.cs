using Metaverse.ClientXr.Xr;

namespace Metaverse.ClientXr.Tests.Xr;

public sealed class GrabTriggerTests
{
    [Fact]
    public void Squeeze_presses_at_half_and_releases_only_below_the_lower_threshold()
    {
        var grab = default(GrabTrigger);
        Assert.Equal((false, false), grab.Update(0.4f));
        Assert.Equal((true, false), grab.Update(0.6f));
        Assert.Equal((false, false), grab.Update(0.4f));
        Assert.True(grab.Held);
        Assert.Equal((false, true), grab.Update(0.2f));
        Assert.False(grab.Held);
    }
}
