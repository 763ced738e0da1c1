using System.CommandLine;

namespace Metaverse.Server.Cli.Output;

/// <summary>How a <c>simulate</c> command prints its result on standard output.</summary>
public enum OutputFormat
{
    Json,
    Csv,
    Svg,
}

/// <summary>The <c>--format json|csv|svg</c> option shared by the simulate commands.</summary>
public static class OutputFormatOption
{
    public static Option<OutputFormat> Create(OutputFormat defaultFormat = OutputFormat.Json) => new("--format")
    {
        Description = "Output on standard output: json, csv or svg",
        DefaultValueFactory = _ => defaultFormat,
        HelpName = "json|csv|svg",
    };
}
