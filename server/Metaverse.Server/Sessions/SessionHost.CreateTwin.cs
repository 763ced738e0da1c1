using System.Globalization;
using Metaverse.Server.Storage;
using Metaverse.Server.Twins;
using Metaverse.Shared.Messages;
using Metaverse.Twins.Core;

namespace Metaverse.Server.Sessions;

/// <summary>
/// <c>twin.create</c>: a new twin of a hosted kind in the client's room (argument <c>kind</c>, plus the
/// kind's own arguments, e.g. a patient's covariates or a trial spec). Validated by building the twin,
/// audited, then added on the simulation thread; every member then gets the new catalog.
/// </summary>
internal sealed partial class SessionHost
{
    public const string CreateTwinAction = "twin.create";
    private ulong _twinsCreated;

    private readonly HashSet<(int Room, string Id)> _twinIdsBeingCreated = [];

    /// <summary>
    /// Cheap checks here; the twin itself is built on the thread pool (a trial simulates its whole cohort
    /// first), then audited and added back on the simulation thread, so no tick waits for it.
    /// </summary>
    private void OnCreateTwin(ClientSession session, Command command)
    {
        var (kind, refusal) = CheckCreateTwin(session, command);
        if (refusal is not null)
        {
            Remember(session, command.RequestId, refusal);
            Reply(session, refusal);
            return;
        }

        var room = session.Room!;
        var id = NextTwinId(room, kind!.Name);
        var seed = options.TwinSeed + (++_twinsCreated * 7919);
        _twinIdsBeingCreated.Add((room.Id, id));
        session.Commands[command.RequestId] = null;
        Task.Run(() => kind.CreateFrom is { } create ? create(id, seed, command.Arguments) : (kind.Create(seed), null))
            .ContinueWith(built => _completions.Enqueue(() => FinishCreateTwin(session, command, room, kind, id, built)), TaskScheduler.Default);
    }

    private void FinishCreateTwin(ClientSession session, Command command, Rooms.Room room, TwinKind kind, string id, Task<(ITwin? Twin, TwinError? Error)> built)
    {
        var (twin, error) = built.IsCompletedSuccessfully ? built.Result : (null, new TwinError("arguments", "valid model arguments", built.Exception?.GetBaseException().Message ?? "failed"));
        if (twin is null)
        {
            _twinIdsBeingCreated.Remove((room.Id, id));
            var refusal = Refused(command, error!.Field, error.AcceptedRange, error.Message);
            Remember(session, command.RequestId, refusal);
            if (_sessions.ContainsKey(session.Peer.Id))
            {
                Reply(session, refusal);
            }

            return;
        }

        var identity = session.Identity;
        var record = new AuditRecord(identity.Name, identity.Role, room.Name, CreateTwinAction, id, null, kind.Name, command.Reason.Trim());
        AuditThenApply(session, command, record, auditId =>
        {
            _twinIdsBeingCreated.Remove((room.Id, id));
            room.Twins.Add(new HostedTwin(id, twin, kind, options.TickHz));
            return new CommandResult { RequestId = command.RequestId, Ok = true, Message = $"{id} created (audit record {auditId})" };
        });
    }

    private (TwinKind? Kind, CommandResult? Refusal) CheckCreateTwin(ClientSession session, Command command)
    {
        var kind = kinds.Find(command.Arguments.GetValueOrDefault("kind") ?? string.Empty);
        var refusal = session.Room is null ? Refused(command, "room", "a joined room", "join a room first")
            : kind is null ? Refused(command, "arguments.kind", kinds.Names, $"unknown twin kind '{command.Arguments.GetValueOrDefault("kind")}'")
            : !kind.CommandRoles.Contains(session.Identity.Role) ? Refused(command, "role", string.Join(", ", kind.CommandRoles.Order(StringComparer.Ordinal)), $"the role '{session.Identity.Role}' may not create a {kind.Name}")
            : command.Reason.Trim().Length is 0 or > FieldRules.MaxLength ? Refused(command, "reason", $"1–{FieldRules.MaxLength} characters", "a reason is required: it goes into the audit trail")
            : null;
        return (kind, refusal);
    }

    private string NextTwinId(Rooms.Room room, string kind)
    {
        for (var n = 1; ; n++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"{kind}-{n}");
            if (room.Twins.Find(id) is null && !_twinIdsBeingCreated.Contains((room.Id, id)))
            {
                return id;
            }
        }
    }
}
