using System.Numerics;
using Metaverse.ClientXr.Rendering;
using Metaverse.ClientXr.Rendering.Gl;
using Metaverse.ClientXr.Rendering.Imaging;

namespace Metaverse.ClientXr.Tests.Rendering.Gl;

/// <summary>Real rendering under Xvfb with Mesa llvmpipe: a hidden 320×240 window, read back with glReadPixels.</summary>
public sealed class GlRendererTests
{
    private static readonly Rgba Background = new(0.1f, 0.2f, 0.4f);
    private static readonly MeshData Cube = TestMeshes.Cube();

    [Fact]
    public void Red_cube_fills_the_centre_and_the_clear_colour_stays_in_the_corner()
    {
        var image = RenderFrame(list => list.Mesh(Cube, Matrix4x4.CreateRotationY(0.4f), Rgba.Red));
        var (r, g, b, _) = image[GlTestHost.Width / 2, GlTestHost.Height / 2];
        Assert.True(r > 60 && r > 2 * g && r > 2 * b, $"centre pixel ({r}, {g}, {b}) is not red");
        AssertBackground(image, 2, 2);
        AssertBackground(image, GlTestHost.Width - 3, GlTestHost.Height - 3);
    }

    [Fact]
    public void Emissive_instances_keep_their_exact_colour()
    {
        var image = RenderFrame(list => list.Mesh(Cube, Matrix4x4.Identity, new Rgba(0f, 1f, 0f), emissive: true));
        var (r, g, b, _) = image[GlTestHost.Width / 2, GlTestHost.Height / 2];
        Assert.Equal((0, 255, 0), (r, g, b));
    }

    [Fact]
    public void A_translucent_mesh_in_front_lets_the_opaque_one_behind_show_through_whatever_the_order_added()
    {
        var image = RenderFrame(list =>
        {
            list.Mesh(Cube, Matrix4x4.CreateScale(1.4f) * Matrix4x4.CreateTranslation(0f, 0f, 1f), new Rgba(0f, 0f, 1f, 0.5f), emissive: true);
            list.Mesh(Cube, Matrix4x4.Identity, new Rgba(1f, 0f, 0f), emissive: true);
        });
        var (r, g, b, _) = image[GlTestHost.Width / 2, GlTestHost.Height / 2];
        Assert.True(r is > 90 and < 200 && b is > 90 and < 200 && g < 20, $"centre pixel ({r}, {g}, {b}) should be half red, half blue");
    }

    [Fact]
    public void Fifty_cubes_of_one_mesh_are_one_instanced_draw_call()
    {
        GlTestHost.Run((_, gl, renderer) =>
        {
            var list = new DrawList();
            for (var i = 0; i < 50; i++)
            {
                list.Mesh(Cube, Matrix4x4.CreateScale(0.1f) * Matrix4x4.CreateTranslation((i % 10 * 0.2f) - 0.9f, (i / 10 * 0.2f) - 0.4f, 0f), Rgba.Amber);
            }

            renderer.BeginFrame();
            renderer.Clear(Background);
            renderer.Render(list, CameraView());
            Assert.Equal(1, renderer.Stats.MeshDrawCalls);
            Assert.Equal(1, renderer.Stats.DrawCalls);
            Assert.Equal(50, renderer.Stats.Instances);
            Assert.Equal(50 * 12, renderer.Stats.Triangles);
            Assert.Equal(1, renderer.UploadedMeshes);
        });
    }

    [Fact]
    public void A_line_a_quad_and_world_text_draw_where_they_were_placed()
    {
        var image = RenderFrame(list =>
        {
            list.Line(new Vector3(-2f, -0.9f, 0f), new Vector3(2f, -0.9f, 0f), Rgba.White);
            list.Quad(Matrix4x4.CreateTranslation(0.6f, 0.3f, 0f), new Vector2(0.4f, 0.4f), new Rgba(0f, 1f, 0f));
            list.Text("Hello", Matrix4x4.CreateTranslation(-1.6f, 0.4f, 0f), 0.4f, Rgba.White);
        });

        // Camera at z = 3 with a 60° vertical field: 1 m at z = 0 is about 120/1.732 ≈ 69 pixels.
        var lineRow = PixelOf(new Vector3(0f, -0.9f, 0f)).Y;
        Assert.True(CountMatching(image, 100, lineRow - 2, 120, lineRow + 3, p => p.R > 150 && p.G > 150 && p.B > 150) >= 15, "no white line pixels");
        var quadCentre = PixelOf(new Vector3(0.8f, 0.5f, 0f));
        Assert.Equal((0, 255, 0), (image[quadCentre.X, quadCentre.Y].R, image[quadCentre.X, quadCentre.Y].G, image[quadCentre.X, quadCentre.Y].B));
        var textTopLeft = PixelOf(new Vector3(-1.6f, 0.75f, 0f));
        var textBottomRight = PixelOf(new Vector3(-0.6f, 0.4f, 0f));
        Assert.True(CountMatching(image, textTopLeft.X, textTopLeft.Y, textBottomRight.X, textBottomRight.Y, p => p.R > 128) > 80, "no text pixels");
    }

    [Fact]
    public void Screen_text_draws_at_its_top_left_pixel()
    {
        GlTestHost.Run((_, gl, renderer) =>
        {
            var list = new DrawList();
            list.ScreenText("FPS 60", new Vector2(10f, 10f), 24f, Rgba.White);
            renderer.BeginFrame();
            renderer.Clear(Background);
            renderer.Render(list, CameraView());
            renderer.RenderOverlay(list, GlTestHost.Width, GlTestHost.Height);
            var image = FrameCapture.ReadPixels(gl, GlTestHost.Width, GlTestHost.Height);
            Assert.True(CountMatching(image, 10, 10, 110, 34, p => p.R > 128) > 50, "no overlay text in the top-left");
            Assert.Equal(0, CountMatching(image, 10, 120, 110, 144, p => p.R > 128));
            Assert.Equal(1, renderer.Stats.DrawCalls);
        });
    }

    [Fact]
    public void A_broken_shader_reports_the_program_stage_and_info_log()
    {
        GlTestHost.Run((_, gl, _) =>
        {
            var error = Assert.Throws<InvalidOperationException>(() => new ShaderProgram(gl, "broken", "#version 330 core\nvoid main() { gl_Position = undefinedThing; }", ShaderSources.LineFragment));
            Assert.Contains("vertex shader of 'broken'", error.Message, StringComparison.Ordinal);
            Assert.Contains("undefinedThing", error.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Captured_frame_survives_a_png_round_trip()
    {
        var image = RenderFrame(list => list.Mesh(Cube, Matrix4x4.Identity, Rgba.Red));
        using var stream = new MemoryStream();
        PngWriter.Write(image, stream);
        stream.Position = 0;
        Assert.Equal(image.Pixels, PngReader.Read(stream).Pixels);
    }

    [Fact]
    public void Gl_strings_name_the_version_and_renderer()
    {
        GlTestHost.Run((_, gl, renderer) =>
        {
            Assert.Matches(@"^\d\.\d", gl.VersionString);
            Assert.False(string.IsNullOrWhiteSpace(gl.RendererString));
            Assert.Contains(gl.RendererString, renderer.Description, StringComparison.Ordinal);
        });
    }

    internal static RenderView CameraView() => new(
        Matrix4x4.CreateLookAt(new Vector3(0f, 0f, 3f), Vector3.Zero, Vector3.UnitY),
        Projection.Perspective(MathF.PI / 3f, (float)GlTestHost.Width / GlTestHost.Height, 0.1f, 50f),
        new PixelRect(0, 0, GlTestHost.Width, GlTestHost.Height));

    private static RgbaImage RenderFrame(Action<DrawList> build)
    {
        RgbaImage? image = null;
        GlTestHost.Run((_, gl, renderer) =>
        {
            var list = new DrawList();
            build(list);
            renderer.BeginFrame();
            renderer.Clear(Background);
            renderer.Render(list, CameraView());
            image = FrameCapture.ReadPixels(gl, GlTestHost.Width, GlTestHost.Height);
        });
        return image!;
    }

    /// <summary>Where a world point lands in the captured image (row 0 at the top).</summary>
    private static (int X, int Y) PixelOf(Vector3 world)
    {
        var view = CameraView();
        var clip = Vector4.Transform(new Vector4(world, 1f), view.View * view.Projection);
        var ndc = new Vector2(clip.X, clip.Y) / clip.W;
        return ((int)((ndc.X + 1f) * 0.5f * GlTestHost.Width), (int)((1f - ndc.Y) * 0.5f * GlTestHost.Height));
    }

    private static int CountMatching(RgbaImage image, int x0, int y0, int x1, int y1, Func<(byte R, byte G, byte B, byte A), bool> predicate)
    {
        var count = 0;
        for (var y = Math.Max(y0, 0); y < Math.Min(y1, image.Height); y++)
        {
            for (var x = Math.Max(x0, 0); x < Math.Min(x1, image.Width); x++)
            {
                count += predicate(image[x, y]) ? 1 : 0;
            }
        }

        return count;
    }

    private static void AssertBackground(RgbaImage image, int x, int y)
    {
        var (r, g, b, _) = image[x, y];
        Assert.InRange(r, 24, 28);
        Assert.InRange(g, 49, 53);
        Assert.InRange(b, 100, 104);
    }
}
