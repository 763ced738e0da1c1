namespace Metaverse.ClientXr.Platform.Glfw;

/// <summary>GLFW 3.3 constants (values from glfw3.h).</summary>
internal static class GlfwConstants
{
    public const int True = 1;
    public const int False = 0;
    public const int Release = 0;
    public const int Press = 1;
    public const int Repeat = 2;

    public const int Visible = 0x00020004;
    public const int Samples = 0x0002100D;
    public const int SrgbCapable = 0x0002100E;
    public const int DoubleBuffer = 0x00021010;
    public const int DepthBits = 0x00021005;
    public const int ContextVersionMajor = 0x00022002;
    public const int ContextVersionMinor = 0x00022003;
    public const int OpenGlForwardCompat = 0x00022006;
    public const int OpenGlProfile = 0x00022008;
    public const int OpenGlCoreProfile = 0x00032001;

    public const int Cursor = 0x00033001;
    public const int CursorNormal = 0x00034001;
    public const int CursorHidden = 0x00034002;
    public const int CursorDisabled = 0x00034003;

    public const int KeyLast = 348;
    public const int MouseButtonLast = 7;
}
