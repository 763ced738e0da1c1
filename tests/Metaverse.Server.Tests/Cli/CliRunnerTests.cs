using System.CommandLine;
using Metaverse.Server.Cli;
using Metaverse.Server.Cli.Estimate;
using Metaverse.Server.Cli.Simulate;

namespace Metaverse.Server.Tests.Cli;

public class CliRunnerTests
{
    private static (int Code, string Error) Run(params string[] args)
    {
        var root = new RootCommand { SimulateCommand.Create(), EstimateCommand.Create(), AuditCommand.Create() };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliRunner.Run(root, args, new InvocationConfiguration { Output = output, Error = error });
        return (code, error.ToString());
    }

    [Theory]
    [InlineData("--seed", "simulate", "cdc", "--seed")]
    [InlineData("--seed", "simulate", "cdc", "--seed", "many")]
    [InlineData("--db", "audit", "verify")]
    [InlineData("frobnicate", "simulate", "frobnicate")]
    public void A_line_that_does_not_parse_exits_2_naming_the_flag(string named, params string[] args)
    {
        var (code, error) = Run(args);

        Assert.Equal(CliRunner.ExitBadInput, code);
        Assert.Contains(named, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_that_parses_runs_the_command() =>
        Assert.Equal(0, Run("simulate", "pk", "--model", "1cmt", "--route", "iv-bolus", "--dose", "100", "--cl", "5", "--v", "50", "--times", "0,1").Code);
}
