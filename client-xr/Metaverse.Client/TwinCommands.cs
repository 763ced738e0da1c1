using System.Globalization;
using Metaverse.Shared.Messages;

namespace Metaverse.Client;

/// <summary>What became of the last command sent from one place in the UI.</summary>
public readonly record struct CommandFeedback(CommandOutcome Outcome, string Text);

public enum CommandOutcome
{
    Pending,
    Accepted,
    Rejected,
    NotSent,
}

/// <summary>
/// Sends twin commands from the UI with a fresh request id and a reason, and tells each UI place (a key such as a
/// panel title) what became of its latest command: pending, accepted, or rejected with the server's reason
/// (which names the field and the accepted range). Poll thread only.
/// </summary>
public sealed class TwinCommands(SessionClient session)
{
    private readonly Dictionary<string, (string RequestId, string Action)> _latest = [];
    private readonly Dictionary<string, CommandFeedback> _unsent = [];
    private long _sequence;

    /// <summary>Sends <paramref name="action"/> to <paramref name="twinId"/> (empty: a room-level action); its outcome is reported under <paramref name="key"/>.</summary>
    public void Send(string key, string twinId, string action, string reason, params (string Name, string Value)[] arguments)
    {
        var requestId = string.Create(CultureInfo.InvariantCulture, $"{session.Name}-{session.ClientId}-{++_sequence}");
        var command = new Command { RequestId = requestId, Action = action, Reason = reason };
        if (twinId.Length > 0)
        {
            command.TwinId = twinId; // room-level actions such as twin.create have no target twin
        }

        foreach (var (name, value) in arguments)
        {
            command.Arguments[name] = value;
        }

        var sent = session.SendCommand(command);
        if (sent != Shared.Net.SendResult.Queued)
        {
            _latest.Remove(key);
            _unsent[key] = new CommandFeedback(CommandOutcome.NotSent, $"{action}: not sent ({sent})");
            return;
        }

        _unsent.Remove(key);
        _latest[key] = (requestId, action);
    }

    /// <summary>The outcome of the latest command sent under <paramref name="key"/>; null when none was sent.</summary>
    public CommandFeedback? Feedback(string key)
    {
        if (_unsent.TryGetValue(key, out var unsent))
        {
            return unsent;
        }

        if (!_latest.TryGetValue(key, out var latest))
        {
            return null;
        }

        if (!session.CommandResults.TryGetValue(latest.RequestId, out var result))
        {
            return new CommandFeedback(CommandOutcome.Pending, $"{latest.Action}: waiting for the server");
        }

        return result.Ok
            ? new CommandFeedback(CommandOutcome.Accepted, $"{latest.Action}: done")
            : new CommandFeedback(CommandOutcome.Rejected, Rejection(latest.Action, result));
    }

    /// <summary>"setpoint refused, value (0–10): ..." — the field and its accepted range first, then the server's message.</summary>
    private static string Rejection(string action, CommandResult result)
    {
        var range = result.AcceptedRange.Length > 0 ? $" ({result.AcceptedRange})" : string.Empty;
        var field = result.ErrorField.Length > 0 ? $", {result.ErrorField}{range}" : string.Empty;
        return $"{action} refused{field}: {result.Message}";
    }
}
