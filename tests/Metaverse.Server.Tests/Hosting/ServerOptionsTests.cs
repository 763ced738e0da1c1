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

    [Theory]
    [InlineData(0, "SnapshotClientsPerNetworkRead")]
    [InlineData(1, null)]
    [InlineData(1_000_001, "SnapshotClientsPerNetworkRead")]
    public void Clients_per_network_read_outside_its_range_is_refused_by_name(int clients, string? refused) =>
        Assert.Equal(refused, new ServerOptions { SnapshotClientsPerNetworkRead = clients }.Validate().SingleOrDefault()?.Split(':')[0]);

    [Fact]
    public void A_budget_that_is_set_is_the_budget() =>
        Assert.Equal(16_000, new ServerOptions { SnapshotBytesPerSecond = 16_000 }.AvatarBytesPerSecond);
}
