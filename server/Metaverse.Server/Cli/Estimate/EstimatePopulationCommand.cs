using System.CommandLine;
using Metaverse.Server.Cli.Output;
using Metaverse.Twins.Patient.Estimation;

namespace Metaverse.Server.Cli.Estimate;

/// <summary>
/// <c>metaverse-server estimate population</c>: FOCE-I fit of the one-compartment oral model (nlme SSfol
/// parameterisation) to a NONMEM-style CSV; JSON with fixed effects, Ω, residual SD, SEs, −2LL, AIC, BIC, EBEs.
/// </summary>
internal static class EstimatePopulationCommand
{
    private static readonly (string Name, string Help)[] Flags =
    [
        ("--data", "NONMEM-style CSV (ID, TIME, DV, AMT, EVID, MDV, CMT, RATE, covariates)"), ("--model", "1cmt-oral"),
        ("--random", "parameters with random effects: ka,cl (default) or ka,ke,cl"), ("--covariance", "diagonal|full (default diagonal)"),
        ("--residual", "additive|proportional|combined (default additive)"), ("--format", "json"),
    ];

    public static Command Create() => EstimateCommand.Define("population", "Population fit (FOCE-I) of a one-compartment oral model with log-normal random effects.", Flags, Run);

    private static int Run(Func<string, string?> get, TextWriter output, TextWriter error)
    {
        var (fitOptions, problem) = Options(get);
        if (fitOptions is null)
        {
            return EstimateCommand.Fail(error, problem!);
        }

        var read = NonmemCsvReader.ReadFile(get("--data")!);
        if (read.Dataset is null)
        {
            return EstimateCommand.Fail(error, "--data: " + string.Join("; ", read.Errors.Select(e => e.Message)));
        }

        var (fit, fitError) = CliProgress.Run("FOCE-I population fit", progress => PopulationFitter.Fit(read.Dataset, fitOptions, progress));
        if (fit is null)
        {
            return EstimateCommand.Fail(error, $"--data: {fitError!.Message} (accepted: {fitError.AcceptedRange})");
        }

        output.Write(PopulationJson.Write(fit));
        return 0;
    }

    private static (PopulationFitOptions? Options, string? Error) Options(Func<string, string?> get)
    {
        if (get("--data") is null)
        {
            return (null, "--data: a NONMEM-style CSV file is required");
        }

        if ((get("--model") ?? "1cmt-oral") != "1cmt-oral")
        {
            return (null, $"--model: '{get("--model")}' is not supported (accepted: 1cmt-oral)");
        }

        if ((get("--format") ?? "json") != "json")
        {
            return (null, $"--format: '{get("--format")}' is not supported here (accepted: json)");
        }

        var random = PopulationFitOptions.ParseRandom(get("--random") ?? "ka,cl");
        if (random is null)
        {
            return (null, $"--random: '{get("--random")}' (accepted: a comma list of ka, ke, cl, e.g. ka,cl or ka,ke,cl)");
        }

        var covariance = get("--covariance") ?? "diagonal";
        if (covariance is not ("diagonal" or "full"))
        {
            return (null, $"--covariance: '{covariance}' (accepted: diagonal or full)");
        }

        var residualText = get("--residual") ?? "additive";
        if (residualText is not ("additive" or "proportional" or "combined"))
        {
            return (null, $"--residual: '{residualText}' (accepted: additive, proportional or combined)");
        }

        var residual = Enum.Parse<ResidualErrorKind>(residualText, ignoreCase: true);
        return (new PopulationFitOptions(random, covariance == "full", residual), null);
    }
}
