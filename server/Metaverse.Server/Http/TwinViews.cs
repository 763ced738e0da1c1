using Metaverse.Server.Twins;
using Metaverse.Twins.Core;

namespace Metaverse.Server.Http;

/// <summary>A twin as <c>GET /api/rooms/{room}/twins</c> shows it: copied on the simulation thread, safe to serialize anywhere.</summary>
internal sealed record TwinView(
    string Id, string Kind, double TimeS, double TimeScale, double MaxTimeScale, IReadOnlyList<string> CommandRoles,
    IReadOnlyList<ChannelView> Channels, IReadOnlyList<ParameterSpec> Parameters, IReadOnlyList<CommandSpec> Commands)
{
    public static TwinView Of(HostedTwin twin) => new(
        twin.Id,
        twin.Kind.Name,
        twin.Twin.TimeSeconds,
        twin.TimeScale,
        twin.Kind.MaxTimeScale,
        [.. twin.Kind.CommandRoles.Order(StringComparer.Ordinal)],
        twin.Channels.Select((c, i) => new ChannelView(c.Name, c.Unit, c.Description, double.IsFinite(twin.Values[i]) ? twin.Values[i] : null)).ToList(),
        twin.Twin.Parameters,
        [new CommandSpec(HostedTwin.TimeScaleAction, "simulated seconds per real second; 0 pauses", [new("scale", $"0–{twin.Kind.MaxTimeScale}", "time scale")]), .. twin.Twin.Commands]);
}

/// <summary>One channel and its latest value (null when not a number).</summary>
internal sealed record ChannelView(string Name, string Unit, string Description, double? Value);
