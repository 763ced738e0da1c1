using System.Numerics;
using Metaverse.Client;
using Metaverse.ClientXr.Ui;

namespace Metaverse.ClientXr.Scenes;

/// <summary>
/// What the scenes read and act through each frame: the session (twins, avatars, roster), the world-space UI, the
/// command sender with the reason the user gave, chart history, and the local clock. Poll/render thread only.
/// </summary>
internal sealed class WorldContext(SessionClient session, WorldUi ui)
{
    /// <summary>Twin channels sampled for charts: one sample a second, the last five minutes.</summary>
    public ChannelRecorder History { get; } = new(session.Twins, intervalSeconds: 1, capacity: 300);

    public SessionClient Session => session;

    public TwinChannels Twins => session.Twins;

    /// <summary>The world-space UI of the scenes' panels (sized to be read from a few metres).</summary>
    public WorldUi Ui => ui;

    public TwinCommands Commands { get; } = new(session);

    /// <summary>The reason sent with every command (the audit trail records it); the menu edits it.</summary>
    public string Reason { get; set; } = "desktop session";

    /// <summary>Local seconds since the client started.</summary>
    public double Now { get; set; }

    /// <summary>The pointer (mouse ray or controller aim) and whether it grabs this frame.</summary>
    public HandInput Hand { get; set; }

    /// <summary>The id of the first twin of <paramref name="kind"/> in the room, or null.</summary>
    public string? TwinOfKind(string kind)
    {
        var catalog = Twins.Catalog;
        if (catalog is null)
        {
            return null;
        }

        foreach (var twin in catalog.Twins)
        {
            if (twin.Kind == kind)
            {
                return twin.TwinId;
            }
        }

        return null;
    }

    /// <summary>The newest value of a channel; NaN when the twin or channel is missing or has no value yet.</summary>
    public float Value(string? twinId, string channel) =>
        twinId is not null && Twins.TryGet(twinId, channel, out var value) ? value : float.NaN;
}

/// <summary>
/// The hand this frame: a ray (the desktop mouse ray, or a controller's aim), the hand's pose sent to the server
/// (a held molecule follows it), and the grab button's edges.
/// </summary>
internal readonly record struct HandInput(Ray Ray, Vector3 Position, Quaternion Rotation, bool GrabPressed, bool GrabHeld, bool GrabReleased);
