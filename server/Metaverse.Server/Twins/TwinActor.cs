namespace Metaverse.Server.Twins;

/// <summary>
/// Who sent a twin command, for kinds that need it (<see cref="TwinKind.InjectsActor"/>): the server
/// writes these reserved arguments from the sender's session, overwriting whatever the client sent,
/// so a client cannot act as someone else.
/// </summary>
public static class TwinActor
{
    /// <summary>The sender's avatar entity id (decimal), as the client sees it in <c>RoomJoined.avatar_entity_id</c>.</summary>
    public const string IdArgument = "actor_id";

    /// <summary>The sender's login name.</summary>
    public const string NameArgument = "actor_name";

    /// <summary>A copy of <paramref name="arguments"/> with the reserved arguments set to the sender's identity.</summary>
    public static Dictionary<string, string> Inject(IReadOnlyDictionary<string, string> arguments, uint avatarEntityId, string name)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var injected = new Dictionary<string, string>(arguments, StringComparer.Ordinal)
        {
            [IdArgument] = avatarEntityId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [NameArgument] = name,
        };
        return injected;
    }
}
