using System.Globalization;
using Metaverse.Twins.Core;
using Metaverse.Twins.Plant.Cdc;

namespace Metaverse.Server.Cli.Simulate;

/// <summary>A validated <c>simulate cdc</c> run: the configured line, its duration, output interval and events.</summary>
internal sealed record CdcRunPlan(CdcLine? Line, double DurationSeconds, double IntervalSeconds, IReadOnlyList<ScheduledCommand> Events, TwinError? Error)
{
    public static CdcRunPlan Parse(CdcRunRequest request)
    {
        var durationError = SimDuration.TryParseSeconds(request.Duration, "--duration", out var duration);
        var intervalError = SimDuration.TryParseSeconds(request.Interval, "--output-interval", out var interval);
        var error = durationError ?? intervalError ?? ParseSets(request.Set, out var parameters);
        if (error is null && interval <= 0)
        {
            error = new TwinError("--output-interval", SimDuration.Accepted, "the output interval must be positive");
        }

        if (error is null && duration / interval > 1_000_000)
        {
            error = new TwinError("--output-interval", "at most 1,000,000 rows", "too many output rows: use a longer interval");
        }

        var events = new List<ScheduledCommand>();
        foreach (var text in request.Events)
        {
            ScheduledCommand? scheduled = null;
            error ??= ParseEvent(text, out scheduled);
            if (scheduled is not null)
            {
                events.Add(scheduled);
            }
        }

        if (error is not null)
        {
            return new CdcRunPlan(null, 0, 0, [], error);
        }

        ParseSets(request.Set, out var values);
        var (line, createError) = CdcLine.Create(request.Seed, values);
        return new CdcRunPlan(line, duration, interval, events, createError);
    }

    private static TwinError? ParseSets(string[] sets, out Dictionary<string, double> parameters)
    {
        parameters = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var text in sets)
        {
            var parts = text.Split('=', 2);
            var index = CdcParameters.IndexOf(parts[0].Trim());
            if (parts.Length != 2 || index < 0)
            {
                return new TwinError("--set", "NAME=VALUE with NAME one of: " + CdcParameters.Names, $"unknown parameter '{parts[0]}'");
            }

            var error = CdcParameters.All[index].TryParse(parts[1].Trim(), out var value) ?? CdcCommands.CheckValue(index, value);
            if (error is not null)
            {
                return error with { Field = "--set " + error.Field };
            }

            parameters[CdcParameters.All[index].Name] = value;
        }

        return null;
    }

    /// <summary>"TIME:ACTION[:ARG]" → a scheduled command, checked against a default line's Prepare.</summary>
    private static TwinError? ParseEvent(string text, out ScheduledCommand? scheduled)
    {
        scheduled = null;
        var parts = text.Split(':', 3);
        if (parts.Length < 2)
        {
            return new TwinError("--event", "TIME:ACTION[:ARG]", $"'{text}' is not TIME:ACTION[:ARG]");
        }

        var error = SimDuration.TryParseSeconds(parts[0], "--event time", out var at);
        if (error is not null)
        {
            return error;
        }

        var arg = parts.Length == 3 ? parts[2] : null;
        var action = parts[1].Trim();
        TwinCommand? command = action switch
        {
            "refill" => TwinCommand.Of("refill", ("feeder", arg ?? string.Empty)),
            "fault" => TwinCommand.Of("fault", ("kind", arg ?? string.Empty)),
            "maintenance" or "stop" or "start" when arg is null => TwinCommand.Of(action),
            "setpoint" when arg?.Split('=', 2) is [var name, var value] => TwinCommand.Of("setpoint", ("name", name.Trim()), ("value", value.Trim())),
            _ => null,
        };
        if (command is null)
        {
            return new TwinError("--event", "refill:FEEDER, fault:KIND, maintenance, stop, start, setpoint:NAME=VALUE", $"'{text}': bad action or argument");
        }

        var check = CdcLine.CreateDefault(1).Prepare(command);
        if (check.Error is { } refused && command.Action != "start")
        {
            return refused with { Field = "--event " + refused.Field, Message = string.Create(CultureInfo.InvariantCulture, $"'{text}': {refused.Message}") };
        }

        scheduled = new ScheduledCommand(at, command);
        return null;
    }
}
