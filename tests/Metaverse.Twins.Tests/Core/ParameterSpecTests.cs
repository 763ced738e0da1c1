using Metaverse.Twins.Core;

namespace Metaverse.Twins.Tests.Core;

public class ParameterSpecTests
{
    private static readonly ParameterSpec Flow = new("feeder.api.setpoint", "kg/h", 0.5, 60, 10, "API mass flow setpoint");

    [Theory]
    [InlineData(0.5)]
    [InlineData(60)]
    [InlineData(12.25)]
    public void Accepts_values_in_the_closed_range(double value) => Assert.Null(Flow.Check(value));

    [Theory]
    [InlineData(0.49)]
    [InlineData(60.01)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Refuses_values_outside_naming_the_parameter_and_range(double value)
    {
        var error = Flow.Check(value);

        Assert.NotNull(error);
        Assert.Equal("feeder.api.setpoint", error.Field);
        Assert.Equal("0.5–60 kg/h", error.AcceptedRange);
    }

    [Fact]
    public void Text_that_is_not_a_number_is_refused() =>
        Assert.Contains("not a number", Flow.TryParse("ten", out _)!.Message, StringComparison.Ordinal);
}
