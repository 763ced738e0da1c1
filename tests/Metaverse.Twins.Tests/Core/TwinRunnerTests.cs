using Metaverse.Twins.Core;

namespace Metaverse.Twins.Tests.Core;

public class TwinRunnerTests
{
    [Fact]
    public void Samples_at_every_output_interval_including_both_ends()
    {
        var (trajectory, error) = TwinRunner.Run(new DecayTwin(100, 0.1), 10, 2.5);

        Assert.Null(error);
        Assert.Equal([0, 2.5, 5, 7.5, 10], trajectory.TimesSeconds);
        Assert.Equal(100 * Math.Exp(-1), trajectory.Column("x")[^1], 9);
    }

    [Fact]
    public void A_scheduled_command_applies_at_its_time_between_samples()
    {
        var events = new[] { new ScheduledCommand(3, TwinCommand.Of("set", ("value", "50"))) };

        var (trajectory, error) = TwinRunner.Run(new DecayTwin(100, 0.1), 10, 5, events);

        Assert.Null(error);
        Assert.Equal(50 * Math.Exp(-0.2), trajectory.Column("x")[1], 9);
    }

    [Fact]
    public void A_refused_command_stops_the_run_naming_its_time()
    {
        var events = new[] { new ScheduledCommand(4, TwinCommand.Of("set", ("value", "5000"))) };

        var (trajectory, error) = TwinRunner.Run(new DecayTwin(100, 0.1), 10, 2, events);

        Assert.NotNull(error);
        Assert.Equal("x", error.Field);
        Assert.StartsWith("at t = 4 s", error.Message, StringComparison.Ordinal);
        Assert.Equal([0, 2], trajectory.TimesSeconds);
    }

    [Fact]
    public void A_fork_runs_ahead_without_disturbing_the_original()
    {
        var live = new DecayTwin(100, 0.1);
        var fork = live.Fork();

        TwinRunner.Run(fork, 100, 10);

        Assert.Equal(0, live.TimeSeconds);
        Assert.Equal(100, fork.TimeSeconds, 9);
    }
}
