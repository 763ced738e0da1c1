using Metaverse.Server.Storage;
using Metaverse.Server.Twins;
using Metaverse.Shared.Messages;
using Metaverse.Twins.Core;

namespace Metaverse.Server.Sessions;

/// <summary>
/// Commands addressed to a twin of the client's room: the twin validates them without changing
/// anything, the audit record (target, old value, new value, reason) commits, then the change applies
/// on the simulation thread. Only the kind's command roles may change a twin (some actions only some of
/// them: <see cref="TwinKind.ActionRoles"/>). For a kind with <see cref="TwinKind.InjectsActor"/> the server
/// writes the sender's avatar entity id and name into the reserved <see cref="TwinActor"/> arguments.
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
        var twin = command.TwinId is { } twinId ? room?.Twins.Find(twinId) : null;
        if (twin is null)
        {
            var ids = room is null ? "join a room first" : string.Join(", ", room.Twins.All.Select(t => t.Id));
            return (null, null, Refused(command, "twin_id", ids.Length > 0 ? ids : "this room has no twins", $"no twin '{command.TwinId}' in your room"));
        }

        var roles = twin.Kind.RolesFor(command.Action);
        if (!roles.Contains(session.Identity.Role))
        {
            return (twin, null, Refused(command, "role", string.Join(", ", roles.Order(StringComparer.Ordinal)), ReferenceEquals(roles, twin.Kind.CommandRoles)
                ? $"the role '{session.Identity.Role}' may watch but not change a {twin.Kind.Name}"
                : $"the role '{session.Identity.Role}' may not send '{command.Action}' to a {twin.Kind.Name}"));
        }

        if (command.Reason.Trim().Length is 0 or > FieldRules.MaxLength)
        {
            return (twin, null, Refused(command, "reason", $"1–{FieldRules.MaxLength} characters", "a reason is required: it goes into the audit trail"));
        }

        var preparation = command.Action == HostedTwin.TimeScaleAction
            ? twin.PrepareTimeScale(command.Arguments.GetValueOrDefault("scale"))
            : twin.Twin.Prepare(new TwinCommand(command.Action, ArgumentsFor(twin.Kind, session, command)));
        return preparation.Error is { } error
            ? (twin, null, Refused(command, error.Field, error.AcceptedRange, error.Message))
            : (twin, preparation.Change, null);
    }

    /// <summary>The client's arguments; for a kind that needs the sender, with its identity injected from the session (never trusted from the client).</summary>
    private static Dictionary<string, string> ArgumentsFor(TwinKind kind, ClientSession session, Command command) =>
        kind.InjectsActor ? TwinActor.Inject(command.Arguments, session.ClientId, session.Identity.Name) : command.Arguments;
}
