using System.Globalization;
using System.Text;
using System.Text.Json;
using Metaverse.Twins.Core;

namespace Metaverse.Server.Cli.Output;

/// <summary>
/// Writes a <see cref="Trajectory"/> as JSON (summary figures, then <c>time_s</c> and one array per
/// channel with its unit) or CSV (<c>time_s</c> then one column per channel, unit in the header).
/// Numbers are invariant-culture and round-trip exactly.
/// </summary>
public static class TrajectoryWriter
{
    public static string ToJson(string model, Trajectory trajectory, IReadOnlyDictionary<string, double>? summary = null)
    {
        ArgumentNullException.ThrowIfNull(trajectory);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("model", model);
            foreach (var (name, value) in summary ?? new Dictionary<string, double>())
            {
                WriteNumber(json, name, value);
            }

            WriteSeries(json, trajectory);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>Writes <c>time_s</c> and <c>channels</c> (each with unit and values) into the object being written.</summary>
    public static void WriteSeries(Utf8JsonWriter json, Trajectory trajectory)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(trajectory);
        json.WriteStartArray("time_s");
        foreach (var t in trajectory.TimesSeconds)
        {
            WriteNumberValue(json, t);
        }

        json.WriteEndArray();
        json.WriteStartObject("channels");
        for (var c = 0; c < trajectory.Channels.Count; c++)
        {
            json.WriteStartObject(trajectory.Channels[c].Name);
            json.WriteString("unit", trajectory.Channels[c].Unit);
            json.WriteStartArray("values");
            foreach (var row in trajectory.Rows)
            {
                WriteNumberValue(json, row[c]);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    public static string ToCsv(Trajectory trajectory)
    {
        ArgumentNullException.ThrowIfNull(trajectory);
        var csv = new StringBuilder("time_s");
        foreach (var channel in trajectory.Channels)
        {
            csv.Append(',').Append(channel.Unit.Length > 0 ? $"{channel.Name} [{channel.Unit}]" : channel.Name);
        }

        csv.Append('\n');
        for (var r = 0; r < trajectory.Rows.Count; r++)
        {
            csv.Append(Number(trajectory.TimesSeconds[r]));
            foreach (var value in trajectory.Rows[r])
            {
                csv.Append(',').Append(Number(value));
            }

            csv.Append('\n');
        }

        return csv.ToString();
    }

    /// <summary>A JSON number; NaN and infinities (not JSON) become null.</summary>
    public static void WriteNumber(Utf8JsonWriter json, string name, double value)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WritePropertyName(name);
        WriteNumberValue(json, value);
    }

    private static void WriteNumberValue(Utf8JsonWriter json, double value)
    {
        if (double.IsFinite(value))
        {
            json.WriteNumberValue(value);
        }
        else
        {
            json.WriteNullValue();
        }
    }

    private static string Number(double value) =>
        double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : string.Empty;
}
