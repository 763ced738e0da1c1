using System.Text.Json;

namespace Metaverse.Server.Tests.Cli.Estimate;

public class EstimateCommandTests(TheophPopulationJson population) : IClassFixture<TheophPopulationJson>
{
    [Fact]
    public void Population_json_has_natural_and_log_fixed_effects_close_to_nlme()
    {
        Assert.Equal(0, population.Exit);
        using var json = JsonDocument.Parse(population.Json);
        var fe = json.RootElement.GetProperty("fixed_effects");

        Assert.InRange(fe.GetProperty("log_cl").GetDouble(), -3.2472, -3.2072);
        Assert.Equal(Math.Exp(fe.GetProperty("log_cl").GetDouble()), fe.GetProperty("cl_L_per_h").GetDouble(), 12);
        Assert.Equal(fe.GetProperty("cl_L_per_h").GetDouble() / fe.GetProperty("ke_per_h").GetDouble(), fe.GetProperty("v_L").GetDouble(), 12);
        Assert.Equal(2, json.RootElement.GetProperty("random_effect_sd_log").EnumerateObject().Count());
        Assert.InRange(json.RootElement.GetProperty("residual_sd").GetDouble(), 0.70, 0.72);
        Assert.Equal(json.RootElement.GetProperty("minus2ll").GetDouble() + 12, json.RootElement.GetProperty("aic").GetDouble(), 9);
        Assert.Equal(12, json.RootElement.GetProperty("subjects").GetArrayLength());
        Assert.True(json.RootElement.GetProperty("standard_errors").GetProperty("log_ka").GetDouble() > 0);
    }

    [Fact]
    public void Individual_map_reproduces_the_subjects_ebe_and_recommends_a_dose_for_the_target()
    {
        using var pop = JsonDocument.Parse(population.Json);
        var subject9 = pop.RootElement.GetProperty("subjects").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "9");

        var (exit, output, error) = EstimateCli.Run("estimate", "individual", "--data", EstimateCli.TheophPath, "--subject", "9", "--prior", population.PriorPath,
            "--target-auc", "200", "--interval-hours", "12", "--format", "json");

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(subject9.GetProperty("eta").GetProperty("ka").GetDouble(), json.RootElement.GetProperty("eta").GetProperty("ka").GetDouble(), 1e-7);
        var rec = json.RootElement.GetProperty("recommendation");
        var cl = json.RootElement.GetProperty("parameters").GetProperty("cl_L_per_h").GetDouble();
        Assert.Equal(200 * cl * 12 / 24, rec.GetProperty("dose").GetDouble(), 1e-9);
        Assert.Equal(200, rec.GetProperty("auc24_steady_state").GetDouble(), 1e-9);
        var curve = json.RootElement.GetProperty("curve");
        Assert.Equal(97, curve.GetProperty("time_h").GetArrayLength());
        Assert.True(curve.GetProperty("upper_95")[20].GetDouble() > curve.GetProperty("lower_5")[20].GetDouble());
    }

    [Theory]
    [InlineData("--random", "ka,vv", "--random:")]
    [InlineData("--covariance", "banded", "--covariance:")]
    [InlineData("--model", "2cmt", "--model:")]
    [InlineData("--residual", "exp", "--residual:")]
    public void Bad_population_flags_exit_2_naming_the_flag(string flag, string value, string named)
    {
        var (exit, output, error) = EstimateCli.Run("estimate", "population", "--data", EstimateCli.TheophPath, flag, value);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains(named, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_data_exits_2_naming_the_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bad-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "ID,TIME,DV,AMT\n1,0,.,100\n1,x,2,0\n");
        try
        {
            var (exit, _, error) = EstimateCli.Run("estimate", "population", "--data", path);

            Assert.Equal(2, exit);
            Assert.Contains("--data: line 3: TIME 'x' is not a number", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("--target-auc", "-5", "--target-auc:")]
    [InlineData("--interval-hours", "0", "--interval-hours:")]
    [InlineData("--subject", "99", "--subject:")]
    public void Bad_individual_flags_exit_2_naming_the_flag(string flag, string value, string named)
    {
        var args = new List<string> { "estimate", "individual", "--data", EstimateCli.TheophPath, "--prior", population.PriorPath, "--subject", "1", "--target-auc", "100" };
        var index = args.IndexOf(flag);
        if (index >= 0)
        {
            args[index + 1] = value;
        }
        else
        {
            args.AddRange([flag, value]);
        }

        var (exit, output, error) = EstimateCli.Run([.. args]);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains(named, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_prior_exits_2_naming_the_field()
    {
        var path = Path.Combine(Path.GetTempPath(), $"prior-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, population.Json.Replace("\"omega\"", "\"omegaX\"", StringComparison.Ordinal));
        try
        {
            var (exit, _, error) = EstimateCli.Run("estimate", "individual", "--data", EstimateCli.TheophPath, "--subject", "1", "--prior", path, "--target-auc", "100");

            Assert.Equal(2, exit);
            Assert.Contains("--prior: field 'omega'", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
