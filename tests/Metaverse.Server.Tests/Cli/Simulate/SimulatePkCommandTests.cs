using System.CommandLine;
using System.Text.Json;
using Metaverse.Server.Cli.Simulate;

namespace Metaverse.Server.Tests.Cli.Simulate;

public class SimulatePkCommandTests
{
    [Fact]
    public void One_compartment_bolus_json_has_the_closed_form_concentrations()
    {
        var (exit, output, _) = Run("simulate", "pk", "--model", "1cmt", "--route", "iv-bolus", "--dose", "100", "--cl", "5", "--v", "50", "--times", "0,1,10");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("time_h", json.RootElement.EnumerateObject().First().Name);
        var conc = json.RootElement.GetProperty("conc_mg_per_L").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        Assert.Equal([2, 2 * Math.Exp(-0.1), 2 * Math.Exp(-1)], conc, (a, b) => Math.Abs(a - b) < 1e-12);
    }

    [Fact]
    public void Ode_and_closed_form_agree_for_a_repeated_two_compartment_oral_regimen()
    {
        string[] args = ["simulate", "pk", "--model", "2cmt", "--route", "oral", "--dose", "250", "--ka", "0.8", "--bioavailability", "0.7", "--lag-hours", "0.5",
            "--cl", "4", "--v1", "20", "--q", "6", "--v2", "50", "--interval-hours", "12", "--doses", "3", "--times", "1,6,13,30", "--format", "csv"];
        var closed = Run(args);
        var ode = Run([.. args, "--method", "ode"]);

        Assert.Equal(0, closed.Exit);
        Assert.Equal(0, ode.Exit);
        var a = Values(closed.Output);
        var b = Values(ode.Output);
        Assert.All(a.Zip(b), p => Assert.True(Math.Abs(p.First - p.Second) <= 1e-6 * p.First));
    }

    [Theory]
    [InlineData("--v", "-5", "--v")]
    [InlineData("--cl", "abc", "--cl")]
    [InlineData("--bioavailability", "1.5", "--bioavailability")]
    [InlineData("--times", "4,2", "--times")]
    [InlineData("--method", "euler", "--method")]
    public void Bad_values_exit_2_naming_the_flag(string flag, string value, string named)
    {
        var args = new List<string> { "simulate", "pk", "--model", "1cmt", "--route", "iv-bolus", "--dose", "100", "--cl", "5", "--v", "50", "--times", "0,1" };
        var index = args.IndexOf(flag);
        if (index >= 0)
        {
            args[index + 1] = value;
        }
        else
        {
            args.AddRange([flag, value]);
        }

        var (exit, output, error) = Run([.. args]);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains(named + ":", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Oral_without_ka_and_unknown_flags_exit_2()
    {
        var missingKa = Run("simulate", "pk", "--model", "1cmt", "--route", "oral", "--dose", "100", "--cl", "5", "--v", "50", "--times", "1");
        var unknown = Run("simulate", "pk", "--model", "1cmt", "--route", "oral", "--dose", "100", "--ka", "1", "--cl", "5", "--v", "50", "--times", "1", "--colour", "red");

        Assert.Equal(2, missingKa.Exit);
        Assert.Contains("--ka:", missingKa.Error, StringComparison.Ordinal);
        Assert.Equal(2, unknown.Exit);
        Assert.Contains("--colour", unknown.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ka_equal_to_k_gives_the_finite_limit()
    {
        var (exit, output, _) = Run("simulate", "pk", "--model", "1cmt", "--route", "oral", "--dose", "100", "--ka", "0.1", "--cl", "5", "--v", "50", "--times", "4", "--format", "csv");

        Assert.Equal(0, exit);
        Assert.Equal(100 * 0.1 * 4 * Math.Exp(-0.4) / 50, Values(output)[0], 12);
    }

    private static double[] Values(string csv) =>
        [.. csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => double.Parse(l.Split(',')[1], System.Globalization.CultureInfo.InvariantCulture))];

    internal static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var root = new RootCommand { SimulateCommand.Create() };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }
}
