using Metaverse.Server.Storage;
using Metaverse.Server.Twins;
using Metaverse.Shared.Messages;
using Metaverse.Twins.Core;

namespace Metaverse.Server.Sessions;

/// <summary>
/// Commands addressed to a twin of the client's room: the twin validates them without changing
/// anything, the audit record (target, old value, new value, reason) commits, then the change applies
/// on the simulation thread. Only the kind's command roles may change a twin.
/// </summary>
internal sealed partial class SessionHost
{
    private void OnTwinCommand(ClientSession session, Command command)
    {
        var (twin, change, refusal) = PrepareTwinCommand(session, command);
        if (refusal is not null)
        {
            Remember(session, command.RequestId, refusal);
            Reply(session, refusal);
            return;
        }

        var identity = session.Identity;
        var record = new AuditRecord(
            identity.Name, identity.Role, session.Room!.Name, $"twin.{command.Action}", change!.Target, change.OldValue, change.NewValue, command.Reason.Trim());
        AuditThenApply(session, command, record, auditId =>
        {
            change.Apply();
            return new CommandResult
            {
                RequestId = command.RequestId,
                Ok = true,
                Message = $"{twin!.Id}: {change.Target} {change.OldValue ?? "-"} → {change.NewValue ?? "-"} (audit record {auditId})",
            };
        });
    }

    private static (HostedTwin? Twin, PreparedChange? Change, CommandResult? Refusal) PrepareTwinCommand(ClientSession session, Command command)
    {
        var room = session.Room;
        var twin = room?.Twins.Find(command.TwinId);
        if (twin is null)
        {
            var ids = room is null ? "join a room first" : string.Join(", ", room.Twins.All.Select(t => t.Id));
            return (null, null, Refused(command, "twin_id", ids.Length > 0 ? ids : "this room has no twins", $"no twin '{command.TwinId}' in your room"));
        }

        if (!twin.Kind.CommandRoles.Contains(session.Identity.Role))
        {
            return (twin, null, Refused(command, "role", string.Join(", ", twin.Kind.CommandRoles.Order(StringComparer.Ordinal)), $"the role '{session.Identity.Role}' may watch but not change a {twin.Kind.Name}"));
        }

        if (command.Reason.Trim().Length is 0 or > FieldRules.MaxLength)
        {
            return (twin, null, Refused(command, "reason", $"1–{FieldRules.MaxLength} characters", "a reason is required: it goes into the audit trail"));
        }

        var preparation = command.Action == HostedTwin.TimeScaleAction
            ? twin.PrepareTimeScale(command.Arguments.GetValueOrDefault("scale"))
            : twin.Twin.Prepare(new TwinCommand(command.Action, command.Arguments));
        return preparation.Error is { } error
            ? (twin, null, Refused(command, error.Field, error.AcceptedRange, error.Message))
            : (twin, preparation.Change, null);
    }
}
