namespace Metaverse.ClientXr.Platform.Glfw;

/// <summary>How the cursor behaves over the window.</summary>
public enum CursorMode
{
    /// <summary>Visible, moves freely.</summary>
    Normal,

    /// <summary>Invisible over the window.</summary>
    Hidden,

    /// <summary>Hidden and captured: unlimited virtual movement, for mouse-look.</summary>
    Disabled,
}
