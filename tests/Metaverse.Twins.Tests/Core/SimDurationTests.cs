using Metaverse.Twins.Core;

namespace Metaverse.Twins.Tests.Core;

public class SimDurationTests
{
    [Theory]
    [InlineData("250ms", 0.25)]
    [InlineData("30s", 30)]
    [InlineData("1min", 60)]
    [InlineData("8h", 28_800)]
    [InlineData("14d", 1_209_600)]
    [InlineData("90", 90)]
    [InlineData("1.5h", 5_400)]
    public void Parses_number_and_unit(string text, double seconds)
    {
        Assert.Null(SimDuration.TryParseSeconds(text, "--duration", out var parsed));
        Assert.Equal(seconds, parsed, 9);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-1h")]
    [InlineData("8 parsecs")]
    [InlineData("NaNs")]
    public void Refuses_what_is_not_a_duration_naming_the_field(string text)
    {
        var error = SimDuration.TryParseSeconds(text, "--duration", out _);

        Assert.NotNull(error);
        Assert.Equal("--duration", error.Field);
        Assert.Contains("min", error.AcceptedRange, StringComparison.Ordinal);
    }
}
