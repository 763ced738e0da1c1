namespace Metaverse.Server.Storage;

/// <summary>Replaces the saved state of each twin given (one row per room and twin id); the result's id is the count.</summary>
internal sealed class SaveTwinStatesRequest(IReadOnlyList<SavedTwin> twins) : WriteRequest
{
    private const string Upsert = """
        INSERT INTO twin_states (room, twin_id, kind, format_version, state, saved_utc)
        VALUES ($room, $twin, $kind, $version, $state, $utc)
        ON CONFLICT (room, twin_id) DO UPDATE SET
            kind = excluded.kind, format_version = excluded.format_version, state = excluded.state, saved_utc = excluded.saved_utc;
        """;

    public override WriteResult Execute(WriteContext context)
    {
        foreach (var twin in twins)
        {
            var command = context.Command(Upsert);
            command.Parameters.AddWithValue("$room", twin.Room);
            command.Parameters.AddWithValue("$twin", twin.TwinId);
            command.Parameters.AddWithValue("$kind", twin.Snapshot.Kind);
            command.Parameters.AddWithValue("$version", twin.Snapshot.FormatVersion);
            command.Parameters.AddWithValue("$state", twin.Snapshot.Utf8Json);
            command.Parameters.AddWithValue("$utc", UtcText.From(context.Now));
            command.ExecuteNonQuery();
        }

        return WriteResult.Success(twins.Count);
    }
}
