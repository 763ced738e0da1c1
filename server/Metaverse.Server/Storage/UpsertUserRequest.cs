namespace Metaverse.Server.Storage;

/// <summary>Creates the user <c>name</c>, or sets the role of the existing one; the result's id is the user's id.</summary>
internal sealed class UpsertUserRequest(string name, string role) : WriteRequest
{
    private const string Upsert = """
        INSERT INTO users (name, role, created_utc) VALUES ($name, $role, $utc)
        ON CONFLICT (name) DO UPDATE SET role = excluded.role
        RETURNING id;
        """;

    public override WriteResult Execute(WriteContext context)
    {
        var command = context.Command(Upsert);
        command.Parameters.AddWithValue("$name", name);
        command.Parameters.AddWithValue("$role", role);
        command.Parameters.AddWithValue("$utc", UtcText.From(context.Now));
        return WriteResult.Success((long)command.ExecuteScalar()!);
    }
}
