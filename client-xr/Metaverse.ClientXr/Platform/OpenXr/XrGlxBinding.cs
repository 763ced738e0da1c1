namespace Metaverse.ClientXr.Platform.OpenXr;

/// <summary>Builds the OpenGL Xlib graphics binding for a GLX context that is current on the calling thread.</summary>
internal static unsafe class XrGlxBinding
{
    /// <summary>
    /// Display and context as GLFW reports them; the drawable is the one the context is current on (the window); the
    /// FBConfig and visual id are those the context was created with (glXQueryContext GLX_FBCONFIG_ID, then
    /// glXChooseFBConfig by that id). Runtimes that ignore them accept 0, which is what is passed when the lookup fails.
    /// </summary>
    public static XrGraphicsBindingOpenGLXlibKHR Create(nint display, nuint window, nint context)
    {
        var binding = new XrGraphicsBindingOpenGLXlibKHR
        {
            Type = XrStructureType.GraphicsBindingOpenGLXlibKhr,
            XDisplay = display,
            GlxContext = context,
            GlxDrawable = GlxNative.glXGetCurrentDrawable() is var drawable && drawable != 0 ? drawable : window,
        };
        int configId;
        int screen;
        if (GlxNative.glXQueryContext(display, context, GlxNative.FBConfigId, &configId) != 0
            || GlxNative.glXQueryContext(display, context, GlxNative.Screen, &screen) != 0)
        {
            return binding;
        }

        var attributes = stackalloc int[] { GlxNative.FBConfigId, configId, 0 };
        int count;
        var configs = GlxNative.glXChooseFBConfig(display, screen, attributes, &count);
        if (configs == null)
        {
            return binding;
        }

        if (count > 0)
        {
            binding.GlxFBConfig = configs[0];
            int visual;
            if (GlxNative.glXGetFBConfigAttrib(display, configs[0], GlxNative.VisualId, &visual) == 0)
            {
                binding.VisualId = (uint)visual;
            }
        }

        _ = GlxNative.XFree(configs);
        return binding;
    }
}
