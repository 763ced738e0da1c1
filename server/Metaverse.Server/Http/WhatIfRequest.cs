using Metaverse.Twins.Core;

namespace Metaverse.Server.Http;

/// <summary>
/// Body of <c>POST /api/rooms/{room}/twins/{id}/what-if</c>: run two forks of the live twin ahead for
/// <see cref="Duration"/> ("8h"), one as it is and one with <see cref="Commands"/> applied at their times,
/// sampled every <see cref="OutputInterval"/>.
/// </summary>
internal sealed record WhatIfRequest(string? Duration, string? OutputInterval, IReadOnlyList<WhatIfCommand>? Commands)
{
    public const int MaxSamples = 20_000;
    public const double MaxDurationSeconds = 366 * 86_400.0;

    /// <summary>The run it asks for, or every field that is wrong, named as in the body.</summary>
    public (double Duration, double Interval, List<ScheduledCommand> Events, Dictionary<string, string[]> Errors) Validate()
    {
        var errors = new Dictionary<string, string[]>();
        void Fail(TwinError? e, string field)
        {
            if (e is not null)
            {
                errors[field] = [$"{e.Message}; accepted: {e.AcceptedRange}"];
            }
        }

        Fail(SimDuration.TryParseSeconds(Duration, "duration", out var duration), "duration");
        Fail(SimDuration.TryParseSeconds(OutputInterval, "output_interval", out var interval), "output_interval");
        if (!errors.ContainsKey("duration") && duration is <= 0 or > MaxDurationSeconds)
        {
            errors["duration"] = [$"must be more than 0 and at most {MaxDurationSeconds / 86_400} days"];
        }

        if (errors.Count == 0 && (interval <= 0 || duration / interval > MaxSamples))
        {
            errors["output_interval"] = [$"must be positive and give at most {MaxSamples} samples over the duration"];
        }

        var events = new List<ScheduledCommand>();
        foreach (var (command, i) in (Commands ?? []).Select((c, i) => (c, i)))
        {
            Fail(SimDuration.TryParseSeconds(command.At ?? "0s", $"commands[{i}].at", out var at), $"commands[{i}].at");
            if (string.IsNullOrWhiteSpace(command.Action))
            {
                errors[$"commands[{i}].action"] = ["an action is required (see the twin's commands)"];
                continue;
            }

            events.Add(new ScheduledCommand(at, new TwinCommand(command.Action, command.Arguments ?? new Dictionary<string, string>())));
        }

        return (duration, interval, events, errors);
    }
}

/// <summary>A command of a what-if run: when (relative to now), the action and its arguments.</summary>
internal sealed record WhatIfCommand(string? At, string? Action, Dictionary<string, string>? Arguments);
