using Metaverse.Server.Storage;
using Metaverse.Shared.Messages;

namespace Metaverse.Server.Sessions;

/// <summary>
/// Commands: validated on the simulation thread; an accepted state-changing command is applied and
/// answered only after its audit record has committed, so a crash never loses an acknowledged command.
/// A retried request id is answered with the first result and applied once.
/// </summary>
internal sealed partial class SessionHost
{
    public const string CreateRoomAction = "room.create";
    private const int MaxRequestIdLength = 64;
    private const int MaxRememberedCommands = 1024;

    /// <summary>Commands of one client waiting for their audit commit; more are refused, so a flood cannot grow state.</summary>
    public const int MaxCommandsInFlight = 64;

    private void OnCommand(ClientSession session, Command command)
    {
        if (command.RequestId.Length is 0 or > MaxRequestIdLength)
        {
            Reply(session, Refused(command, "request_id", $"1–{MaxRequestIdLength} characters", "every command needs a request id so that a retry applies once"));
            return;
        }

        if (session.Commands.TryGetValue(command.RequestId, out var earlier))
        {
            if (earlier is not null)
            {
                Reply(session, earlier);
            }

            return;
        }

        if (session.Commands.Count(c => c.Value is null) >= MaxCommandsInFlight)
        {
            Reply(session, Refused(command, "request_id", $"at most {MaxCommandsInFlight} commands waiting for their result", "too many commands in flight; retry after the pending results arrive"));
            return;
        }

        if (command.TwinId is not null && command.EntityId is not null)
        {
            Reply(session, Refused(command, "twin_id", "twin_id or entity_id, not both", "a command acts on one twin or one entity"));
            return;
        }

        if (command.TwinId is not null)
        {
            OnTwinCommand(session, command);
            return;
        }

        if (command.Action == CreateTwinAction)
        {
            OnCreateTwin(session, command);
            return;
        }

        var refusal = Validate(command);
        if (refusal is not null)
        {
            Remember(session, command.RequestId, refusal);
            Reply(session, refusal);
            return;
        }

        CreateRoom(session, command);
    }

    private CommandResult? Validate(Command command)
    {
        if (command.Action != CreateRoomAction)
        {
            return Refused(command, "action", $"{CreateRoomAction}, {CreateTwinAction}, or an action with twin_id set", $"unknown action '{command.Action}'");
        }

        if (command.Reason.Trim().Length is 0 or > FieldRules.MaxLength)
        {
            return Refused(command, "reason", $"1–{FieldRules.MaxLength} characters", "a reason is required: it goes into the audit trail");
        }

        var name = command.Arguments.GetValueOrDefault("name")?.Trim() ?? string.Empty;
        return name.Length is 0 or > 64
            ? Refused(command, "arguments.name", "1–64 characters", $"room name of {name.Length} characters")
            : rooms.All.Any(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase))
                ? Refused(command, "arguments.name", "a name no room has yet", $"a room named '{name}' exists")
                : null;
    }

    private void CreateRoom(ClientSession session, Command command)
    {
        var name = command.Arguments["name"].Trim();
        var identity = session.Identity;
        var record = new AuditRecord(identity.Name, identity.Role, session.Room?.Name, CreateRoomAction, name, null, name, command.Reason.Trim());
        AuditThenApply(session, command, record, auditId =>
        {
            var (_, error) = rooms.Create(name);
            return error is null
                ? new CommandResult { RequestId = command.RequestId, Ok = true, Message = $"room '{name}' created (audit record {auditId})" }
                : Refused(command, "arguments.name", "a name no room has yet", error);
        });
    }

    /// <summary>
    /// Writes the audit record; once it is durable, runs <paramref name="apply"/> on the simulation thread
    /// and answers with its result. A failed write applies nothing and answers with the reason.
    /// </summary>
    private void AuditThenApply(ClientSession session, Command command, AuditRecord record, Func<long, CommandResult> apply)
    {
        session.Commands[command.RequestId] = null;
        storage.AppendAuditAsync(record).ContinueWith(
            written => _completions.Enqueue(() => FinishAudited(session, command, written, apply)),
            TaskScheduler.Default);
    }

    private void FinishAudited(ClientSession session, Command command, Task<WriteResult> written, Func<long, CommandResult> apply)
    {
        CommandResult result;
        if (!written.IsCompletedSuccessfully || !written.Result.Succeeded)
        {
            var why = written.IsCompletedSuccessfully ? written.Result.ToString() : written.Exception?.GetBaseException().Message;
            result = Refused(command, written.IsCompletedSuccessfully ? written.Result.Field ?? "audit" : "audit", "a durable audit record", $"not applied: {why}");
        }
        else
        {
            result = apply(written.Result.Id);
        }

        Remember(session, command.RequestId, result);
        if (_sessions.ContainsKey(session.Peer.Id))
        {
            Reply(session, result);
        }
    }

    private static CommandResult Refused(Command command, string field, string range, string message) =>
        new() { RequestId = command.RequestId, Ok = false, ErrorField = field, AcceptedRange = range, Message = message };

    /// <summary>Keeps the result for retries; beyond the limit the oldest completed result is forgotten (pending ones are capped separately).</summary>
    private static void Remember(ClientSession session, string requestId, CommandResult result)
    {
        if (session.Commands.Count >= MaxRememberedCommands
            && session.Commands.FirstOrDefault(c => c.Value is not null && c.Key != requestId) is { Key: not null } oldest)
        {
            session.Commands.Remove(oldest.Key);
        }

        session.Commands[requestId] = result;
    }

    private static void Reply(ClientSession session, CommandResult result) =>
        session.Peer.SendControl(SessionCodec.Serialize(result));
}
