using System.Globalization;
using Metaverse.Server.Storage;
using Metaverse.Server.Twins;
using Metaverse.Shared.Messages;

namespace Metaverse.Server.Sessions;

/// <summary>
/// <c>twin.create</c>: a new twin of a hosted kind in the client's room (argument <c>kind</c>, plus the
/// kind's own arguments, e.g. a patient's covariates). Validated by building the twin, audited, then
/// added on the simulation thread; every member then gets the new catalog.
/// </summary>
internal sealed partial class SessionHost
{
    public const string CreateTwinAction = "twin.create";
    private ulong _twinsCreated;

    private void OnCreateTwin(ClientSession session, Command command)
    {
        var (twin, refusal) = BuildTwin(session, command);
        if (refusal is not null)
        {
            Remember(session, command.RequestId, refusal);
            Reply(session, refusal);
            return;
        }

        var room = session.Room!;
        var identity = session.Identity;
        var record = new AuditRecord(identity.Name, identity.Role, room.Name, CreateTwinAction, twin!.Id, null, twin.Kind.Name, command.Reason.Trim());
        AuditThenApply(session, command, record, auditId =>
        {
            if (room.Twins.Find(twin.Id) is not null)
            {
                return Refused(command, "arguments.kind", "retry", $"a twin '{twin.Id}' appeared meanwhile");
            }

            room.Twins.Add(twin);
            return new CommandResult { RequestId = command.RequestId, Ok = true, Message = $"{twin.Id} created (audit record {auditId})" };
        });
    }

    private (HostedTwin? Twin, CommandResult? Refusal) BuildTwin(ClientSession session, Command command)
    {
        var room = session.Room;
        var kind = kinds.Find(command.Arguments.GetValueOrDefault("kind") ?? string.Empty);
        var refusal = room is null ? Refused(command, "room", "a joined room", "join a room first")
            : kind is null ? Refused(command, "arguments.kind", kinds.Names, $"unknown twin kind '{command.Arguments.GetValueOrDefault("kind")}'")
            : !kind.CommandRoles.Contains(session.Identity.Role) ? Refused(command, "role", string.Join(", ", kind.CommandRoles.Order(StringComparer.Ordinal)), $"the role '{session.Identity.Role}' may not create a {kind.Name}")
            : command.Reason.Trim().Length is 0 or > FieldRules.MaxLength ? Refused(command, "reason", $"1–{FieldRules.MaxLength} characters", "a reason is required: it goes into the audit trail")
            : null;
        if (refusal is not null)
        {
            return (null, refusal);
        }

        var id = NextTwinId(room!, kind!.Name);
        var seed = options.TwinSeed + (++_twinsCreated * 7919);
        var (twin, error) = kind.CreateFrom is { } create ? create(id, seed, command.Arguments) : (kind.Create(seed), null);
        return error is not null
            ? (null, Refused(command, error.Field, error.AcceptedRange, error.Message))
            : (new HostedTwin(id, twin!, kind, options.TickHz), null);
    }

    private static string NextTwinId(Rooms.Room room, string kind)
    {
        for (var n = 1; ; n++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"{kind}-{n}");
            if (room.Twins.Find(id) is null)
            {
                return id;
            }
        }
    }
}
