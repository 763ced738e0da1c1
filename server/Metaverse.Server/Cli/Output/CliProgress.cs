using Spectre.Console;

namespace Metaverse.Server.Cli.Output;

/// <summary>
/// A progress bar on standard error while long work runs, shown only when standard error is a
/// terminal (standard output carries the result, so it is never disturbed).
/// </summary>
public static class CliProgress
{
    public static T Run<T>(string description, Func<IProgress<double>?, T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (Console.IsErrorRedirected)
        {
            return work(null);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(description, maxValue: 1.0);
                var result = work(new Progress(task));
                task.Value = 1.0;
                return result;
            });
    }

    /// <summary>Reports straight into the task (no SynchronizationContext hop, unlike System.Progress).</summary>
    private sealed class Progress(ProgressTask task) : IProgress<double>
    {
        public void Report(double value) => task.Value = Math.Clamp(value, 0, 1);
    }
}
