using Metaverse.Server.Hosting;

namespace Metaverse.Server.Tests.Twins;

public class DefaultTwinsOptionTests
{
    [Fact]
    public async Task An_unknown_default_twin_kind_stops_the_server_at_start_listing_the_kinds()
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() => RunningServer.StartAsync(new Dictionary<string, string?> { ["Metaverse:DefaultTwins"] = "cdc-line,reactor" }));

        Assert.Contains("DefaultTwins: unknown twin kind 'reactor'", error.Message, StringComparison.Ordinal);
        Assert.Contains("cdc-line", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("none", 0)]
    [InlineData("", 0)]
    [InlineData(" cdc-line , bioreactor ", 2)]
    public void The_setting_lists_kinds_and_none_means_no_twins(string setting, int count) =>
        Assert.Equal(count, new ServerOptions { DefaultTwins = setting }.DefaultTwinKinds().Count);
}
