using System.CommandLine;

namespace Metaverse.Server.Cli;

/// <summary>
/// Runs a command line with one exit-code contract for every command: a line that does not parse
/// (unknown flag, a flag without its value, a value of the wrong type, a missing required flag) prints
/// each error and exits <see cref="ExitBadInput"/>, like the commands' own range checks.
/// </summary>
public static class CliRunner
{
    /// <summary>Exit code for input that is not accepted; the message names the flag.</summary>
    public const int ExitBadInput = 2;

    public static int Run(RootCommand root, string[] args, InvocationConfiguration? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(root);
        configuration ??= new InvocationConfiguration();
        var parse = root.Parse(args);
        if (parse.Errors.Count == 0)
        {
            return parse.Invoke(configuration);
        }

        var error = configuration.Error ?? Console.Error;
        foreach (var problem in parse.Errors)
        {
            error.WriteLine($"error: {problem.Message}");
        }

        error.WriteLine("(add --help to the command for its flags and their accepted values)");
        return ExitBadInput;
    }
}
