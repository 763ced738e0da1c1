using Metaverse.Twins.Core;

namespace Metaverse.Server.Storage;

/// <summary>Reads the saved twin states of a room (in twin id order) from the database file.</summary>
internal static class TwinStateReader
{
    public static IReadOnlyList<SavedTwin> Load(string path, string room)
    {
        using var connection = DatabaseFile.OpenForReading(path);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT twin_id, kind, format_version, state FROM twin_states WHERE room = $room ORDER BY twin_id;";
        command.Parameters.AddWithValue("$room", room);
        using var reader = command.ExecuteReader();
        var saved = new List<SavedTwin>();
        while (reader.Read())
        {
            saved.Add(new SavedTwin(room, reader.GetString(0), new TwinSnapshot(reader.GetString(1), reader.GetInt32(2), (byte[])reader.GetValue(3))));
        }

        return saved;
    }
}
