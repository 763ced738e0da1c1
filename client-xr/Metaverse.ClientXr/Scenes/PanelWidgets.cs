using System.Globalization;
using Metaverse.Client;
using Metaverse.ClientXr.Rendering;
using Metaverse.ClientXr.Ui;

namespace Metaverse.ClientXr.Scenes;

/// <summary>The building blocks the scenes' panels share: a reading with its unit, a history chart, command feedback.</summary>
internal static class PanelWidgets
{
    private static readonly Rgba Rejected = new(1f, 0.45f, 0.4f);
    private static readonly Rgba Pending = new(0.75f, 0.75f, 0.75f);
    private static readonly Rgba Accepted = new(0.5f, 0.9f, 0.55f);

    /// <summary>"label: value unit", or "label: –" before the first value (the en dash is in the glyph atlas).</summary>
    public static void Reading(WorldUi ui, string label, float value, string unit, string format = "0.00") =>
        ui.Label(float.IsNaN(value)
            ? $"{label}: –"
            : string.Create(CultureInfo.InvariantCulture, $"{label}: {value.ToString(format, CultureInfo.InvariantCulture)} {unit}"));

    /// <summary>A chart of a channel's recorded history (the last five minutes), watching it from now on.</summary>
    public static void History(WorldContext world, string? twin, string channel, string title, string unit, Span<float> buffer)
    {
        if (twin is null)
        {
            return;
        }

        world.History.Watch(twin, channel);
        var n = world.History.CopyHistory(twin, channel, buffer);
        world.Ui.Chart(title, buffer[..n], 0f, 0f, unit);
    }

    /// <summary>What became of the panel's latest command: the server's refusal (field and range) in red.</summary>
    public static void Feedback(WorldContext world, string key)
    {
        if (world.Commands.Feedback(key) is not { } feedback)
        {
            return;
        }

        var colour = feedback.Outcome switch
        {
            CommandOutcome.Accepted => Accepted,
            CommandOutcome.Pending => Pending,
            _ => Rejected,
        };
        world.Ui.Message(feedback.Text, colour);
    }

    public static string Number(float value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
