using Metaverse.Shared.Net.Simulation;

namespace Metaverse.Shared.Tests.Net.Simulation;

public sealed class NetworkConditionsTests
{
    [Fact]
    public void Perfect_and_typical_conditions_are_valid()
    {
        Assert.Empty(NetworkConditions.Perfect.Validate());
        Assert.Empty(new NetworkConditions
        {
            LossRate = 1,
            DuplicateRate = 0,
            ReorderRate = 0.5,
            Latency = TimeSpan.FromSeconds(10),
            Jitter = TimeSpan.Zero,
        }.Validate());
    }

    public static TheoryData<string, NetworkConditions> InvalidFields => new()
    {
        { "LossRate", new NetworkConditions { LossRate = 1.5 } },
        { "LossRate", new NetworkConditions { LossRate = -0.01 } },
        { "LossRate", new NetworkConditions { LossRate = double.NaN } },
        { "DuplicateRate", new NetworkConditions { DuplicateRate = 2 } },
        { "ReorderRate", new NetworkConditions { ReorderRate = double.PositiveInfinity } },
        { "Latency", new NetworkConditions { Latency = TimeSpan.FromMilliseconds(-1) } },
        { "Latency", new NetworkConditions { Latency = TimeSpan.FromSeconds(10) + TimeSpan.FromTicks(1) } },
        { "Jitter", new NetworkConditions { Jitter = TimeSpan.FromMilliseconds(-5) } },
        { "Jitter", new NetworkConditions { Jitter = TimeSpan.FromSeconds(11) } },
    };

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public void Out_of_range_value_is_reported_naming_its_field(string field, NetworkConditions conditions)
    {
        var error = Assert.Single(conditions.Validate());

        Assert.StartsWith(field + ":", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_invalid_field_is_reported()
    {
        var conditions = new NetworkConditions
        {
            LossRate = 1.5,
            DuplicateRate = -1,
            ReorderRate = 3,
            Latency = TimeSpan.FromMilliseconds(-1),
            Jitter = TimeSpan.FromMinutes(1),
        };

        var errors = conditions.Validate();

        Assert.Equal(
            ["DuplicateRate", "Jitter", "Latency", "LossRate", "ReorderRate"],
            errors.Select(e => e[..e.IndexOf(':', StringComparison.Ordinal)]).Order(StringComparer.Ordinal));
    }
}
