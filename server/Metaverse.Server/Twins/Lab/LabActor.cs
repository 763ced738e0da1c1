using System.Globalization;
using Metaverse.Twins.Core;

namespace Metaverse.Server.Twins.Lab;

/// <summary>Who sent a lab command: read from the arguments the server injected (<see cref="TwinActor"/>), never from the client.</summary>
internal readonly record struct LabActor(uint Id, string Name)
{
    public static (LabActor Actor, TwinError? Error) From(TwinCommand command)
    {
        var text = command.Argument(TwinActor.IdArgument);
        return uint.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? (new LabActor(id, command.Argument(TwinActor.NameArgument) ?? $"avatar {id}"), null)
            : (default, new TwinError(TwinActor.IdArgument, "set by the server from the sender's session", "a lab command needs its sender: send it through a session"));
    }

    public override string ToString() => $"{Name} (avatar {Id})";
}
