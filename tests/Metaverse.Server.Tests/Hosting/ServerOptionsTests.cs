using Metaverse.Server.Hosting;

namespace Metaverse.Server.Tests.Hosting;

public sealed class ServerOptionsTests
{
    [Fact]
    public void By_default_the_avatar_budget_updates_every_avatar_of_the_interest_each_tick_at_the_target_size() =>
        Assert.Equal(ServerOptions.AvatarUpdateBytes * 64 * 30, new ServerOptions().AvatarBytesPerSecond);

    [Fact]
    public void The_default_budget_follows_the_interest_and_the_tick_rate() =>
        Assert.Equal(ServerOptions.AvatarUpdateBytes * 100 * 60, new ServerOptions { InterestAvatars = 100, TickHz = 60 }.AvatarBytesPerSecond);

    [Fact]
    public void A_budget_that_is_set_is_the_budget() =>
        Assert.Equal(16_000, new ServerOptions { SnapshotBytesPerSecond = 16_000 }.AvatarBytesPerSecond);
}
