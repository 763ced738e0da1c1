using System.Text.Json;

namespace Metaverse.Server.Tests.Cli.Simulate;

public sealed class SimulateTrialCommandTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"trial-{Guid.NewGuid():N}.json");

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void Json_has_one_entry_per_arm_with_ordered_vpc_bands()
    {
        File.WriteAllText(_path, Spec("\"oral\""));

        var (exit, output, _) = SimulatePkCommandTests.Run("simulate", "trial", "--spec", _path, "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var arm = json.RootElement.GetProperty("arms")[0];
        var p05 = arm.GetProperty("p05_mg_per_L").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        var p95 = arm.GetProperty("p95_mg_per_L").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        Assert.Equal(49, p05.Length);
        Assert.All(p05.Zip(p95), p => Assert.True(p.First <= p.Second));
        Assert.InRange(arm.GetProperty("pta_auc_over_mic").GetDouble(), 0, 1);
    }

    [Fact]
    public void Svg_draws_a_band_per_arm_and_csv_a_row_per_subject()
    {
        File.WriteAllText(_path, Spec("\"oral\""));

        var svg = SimulatePkCommandTests.Run("simulate", "trial", "--spec", _path, "--format", "svg");
        var csv = SimulatePkCommandTests.Run("simulate", "trial", "--spec", _path, "--format", "csv");

        Assert.Equal(0, svg.Exit);
        Assert.Contains("<polygon", svg.Output, StringComparison.Ordinal);
        Assert.Equal(1 + 30, csv.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void A_bad_spec_exits_2_naming_the_field()
    {
        File.WriteAllText(_path, Spec("\"rectal\""));

        var (exit, _, error) = SimulatePkCommandTests.Run("simulate", "trial", "--spec", _path);
        var missing = SimulatePkCommandTests.Run("simulate", "trial", "--spec", _path + ".nope");

        Assert.Equal(2, exit);
        Assert.Contains("arms[a].route", error, StringComparison.Ordinal);
        Assert.Equal(2, missing.Exit);
        Assert.Contains("--spec", missing.Error, StringComparison.Ordinal);
    }

    private static string Spec(string route) => $$$"""
        {"seed": 3, "subjects_per_arm": 30,
         "model": {"compartments": 1, "cl_L_per_h": 5, "v1_L": 50, "ka_per_h": 1},
         "iiv": {"parameters": ["cl"], "omega": [[0.09]]},
         "arms": [{"name": "a", "route": {{{route}}}, "dose_mg": 500, "interval_h": 12, "doses": 2}],
         "sampling": {"end_h": 24, "step_h": 0.5}}
        """;
}
