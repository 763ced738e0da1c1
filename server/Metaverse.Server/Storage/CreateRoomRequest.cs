namespace Metaverse.Server.Storage;

/// <summary>Creates the room <c>name</c>; fails on the field <c>name</c> when a room of that name exists.</summary>
internal sealed class CreateRoomRequest(string name) : WriteRequest
{
    private const string Insert = """
        INSERT INTO rooms (name, created_utc) VALUES ($name, $utc)
        ON CONFLICT (name) DO NOTHING
        RETURNING id;
        """;

    public override WriteResult Execute(WriteContext context)
    {
        var command = context.Command(Insert);
        command.Parameters.AddWithValue("$name", name);
        command.Parameters.AddWithValue("$utc", UtcText.From(context.Now));
        return command.ExecuteScalar() is long id
            ? WriteResult.Success(id)
            : WriteResult.Failure("name", $"a room named '{name}' already exists");
    }
}
