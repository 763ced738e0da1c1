using System.CommandLine;
using Metaverse.Server.Cli.Estimate;

namespace Metaverse.Server.Tests.Cli.Estimate;

/// <summary>Runs <c>estimate …</c> in-process and finds the Theoph NONMEM test data.</summary>
internal static class EstimateCli
{
    public static string TheophPath
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "tests", "Metaverse.Twins.Tests", "Patient", "Estimation", "data", "theoph_nonmem.csv");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new FileNotFoundException("theoph_nonmem.csv not found above " + AppContext.BaseDirectory);
        }
    }

    public static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var root = new RootCommand { EstimateCommand.Create() };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }
}

/// <summary>One CLI population fit of Theoph (ka, cl; diagonal), written to a temporary prior file.</summary>
public sealed class TheophPopulationJson : IDisposable
{
    public TheophPopulationJson()
    {
        (Exit, Json, _) = EstimateCli.Run("estimate", "population", "--data", EstimateCli.TheophPath, "--model", "1cmt-oral", "--random", "ka,cl", "--format", "json");
        PriorPath = Path.Combine(Path.GetTempPath(), $"theoph-prior-{Guid.NewGuid():N}.json");
        File.WriteAllText(PriorPath, Json);
    }

    public int Exit { get; }

    public string Json { get; }

    public string PriorPath { get; }

    public void Dispose() => File.Delete(PriorPath);
}
