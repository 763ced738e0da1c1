namespace Metaverse.Twins.Core;

/// <summary>
/// Runs a twin ahead on the calling thread, sampling its channels at a fixed interval and applying
/// scheduled commands on the way. Used by the CLI (<c>simulate</c>) and by what-if forks.
/// </summary>
public static class TwinRunner
{
    /// <summary>
    /// Samples at t0, t0 + interval, … up to t0 + duration. Steps never cross an output time or a
    /// scheduled command, so events land at their time exactly. Event times and the trajectory's
    /// times are relative to the twin's time when the run starts. Returns the error of the first
    /// command the twin refuses (naming its time), with nothing sampled after it.
    /// </summary>
    public static (Trajectory Trajectory, TwinError? Error) Run(
        ITwin twin, double durationSeconds, double outputIntervalSeconds,
        IReadOnlyList<ScheduledCommand>? events = null, IProgress<double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(twin);
        ArgumentOutOfRangeException.ThrowIfNegative(durationSeconds);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(outputIntervalSeconds);
        var pending = new Queue<ScheduledCommand>((events ?? []).OrderBy(e => e.AtSeconds));
        var trajectory = new Trajectory(twin.Channels);
        var values = new double[twin.Channels.Count];
        var start = twin.TimeSeconds;
        var samples = (long)Math.Floor((durationSeconds / outputIntervalSeconds) + 1e-9);
        for (long i = 0; i <= samples; i++)
        {
            var target = start + (i * outputIntervalSeconds);
            var error = AdvanceTo(twin, start, target, pending);
            if (error is not null)
            {
                return (trajectory, error);
            }

            twin.ReadChannels(values);
            trajectory.Add(twin.TimeSeconds - start, values);
            progress?.Report(samples == 0 ? 1 : (double)i / samples);
        }

        return (trajectory, null);
    }

    /// <summary>Prepares and applies a command at once (CLI, tests, forks: nothing to audit).</summary>
    public static TwinError? Execute(this ITwin twin, TwinCommand command)
    {
        ArgumentNullException.ThrowIfNull(twin);
        var preparation = twin.Prepare(command);
        preparation.Change?.Apply();
        return preparation.Error;
    }

    private static TwinError? AdvanceTo(ITwin twin, double start, double target, Queue<ScheduledCommand> pending)
    {
        while (true)
        {
            var next = pending.Count > 0 ? Math.Min(start + pending.Peek().AtSeconds, target) : target;
            var dt = next - twin.TimeSeconds;
            if (dt > 0)
            {
                twin.Step(dt);
            }

            if (pending.Count == 0 || start + pending.Peek().AtSeconds > target)
            {
                return null;
            }

            var scheduled = pending.Dequeue();
            var error = twin.Execute(scheduled.Command);
            if (error is not null)
            {
                return error with { Message = $"at t = {scheduled.AtSeconds} s: {error.Message}" };
            }
        }
    }
}
