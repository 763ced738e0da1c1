namespace Metaverse.ClientXr.Platform.Glfw;

/// <summary>Mouse buttons (GLFW numbering).</summary>
public enum MouseButton
{
    Left = 0,
    Right = 1,
    Middle = 2,
}
