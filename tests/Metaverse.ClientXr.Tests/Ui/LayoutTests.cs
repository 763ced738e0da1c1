using System.Numerics;
using Metaverse.ClientXr.Rendering;
using Metaverse.ClientXr.Ui;

namespace Metaverse.ClientXr.Tests.Ui;

public sealed class LayoutTests
{
    [Fact]
    public void Successive_items_go_downward_and_same_line_puts_them_side_by_side()
    {
        var rects = new List<UiRect>();
        new UiHarness().Frame(ui =>
        {
            ui.Label("first");
            rects.Add(ui.LastItemRect);
            ui.Button("second");
            rects.Add(ui.LastItemRect);
            ui.SameLine();
            ui.Button("third");
            rects.Add(ui.LastItemRect);
            ui.Separator();
            rects.Add(ui.LastItemRect);
        });

        var style = UiStyle.Default;
        Assert.Equal(new UiRect(style.Padding, style.TitleBarHeight + style.Padding, rects[0].Width, style.RowHeight), rects[0]);
        Assert.Equal(rects[0].X, rects[1].X);
        Assert.Equal(rects[0].Bottom + style.Spacing, rects[1].Top, 5);
        Assert.Equal(rects[1].Top, rects[2].Top);
        Assert.Equal(rects[1].Right + style.Spacing, rects[2].X, 5);
        Assert.Equal(rects[1].Bottom + style.Spacing, rects[3].Top, 5);
        Assert.Equal(UiHarness.WindowSize.X - (2 * style.Padding), rects[3].Width, 5);
    }

    [Fact]
    public void Everything_drawn_lies_in_the_panel_plane_just_in_front_of_it()
    {
        var pose = Matrix4x4.CreateRotationY(0.6f) * Matrix4x4.CreateRotationX(-0.2f) * Matrix4x4.CreateTranslation(1f, 1.6f, -2f);
        Assert.True(Matrix4x4.Invert(pose, out var toPanel));
        var size = new Vector2(0.6f, 0.8f);
        var ui = new WorldUi(new FixedAdvanceFont());
        var draw = new DrawList();
        var ok = true;
        var rate = 3f;
        var reason = "why";
        ui.Begin([], UiKeyboard.None);
        ui.WindowBegin("Panel", pose, size);
        ui.Label("label");
        ui.Button("button");
        ui.Toggle("toggle", ref ok);
        ui.Slider("slider", ref rate, 0f, 10f, "{0:F1}");
        ui.TextField("reason", ref reason, 20);
        ui.ProgressBar(0.4f, "40 %");
        ui.Chart("chart", [1f, 3f, 2f], 0f, 0f, "u");
        ui.WindowEnd();
        ui.End(draw);

        Assert.True(draw.PanelItems.Length > 15);
        foreach (var item in draw.PanelItems)
        {
            var origin = Vector3.Transform(item.World.Translation, toPanel);
            Assert.InRange(origin.Z, -1e-5f, 0.0031f);
            Assert.InRange(origin.X, -1e-4f, size.X);
            Assert.InRange(origin.Y, -size.Y, 1e-4f);
            var xAxis = Vector3.TransformNormal(Vector3.UnitX, item.World);
            var yAxis = Vector3.TransformNormal(Vector3.UnitY, item.World);
            var normal = Vector3.TransformNormal(Vector3.UnitZ, pose);
            Assert.Equal(0f, Vector3.Dot(xAxis, normal), 4);
            Assert.Equal(0f, Vector3.Dot(yAxis, normal), 4);
        }

        foreach (var line in draw.Lines)
        {
            Assert.InRange(Vector3.Transform(line.From, toPanel).Z, 0f, 0.0031f);
            Assert.InRange(Vector3.Transform(line.To, toPanel).Z, 0f, 0.0031f);
        }
    }

    [Fact]
    public void Text_and_widget_quads_sit_in_front_of_the_window_background()
    {
        var harness = new UiHarness();
        harness.Frame(ui => ui.Button("Go"));
        var items = harness.Draw.PanelItems;
        var background = items[0].World.Translation.Z;
        var buttonText = items.ToArray().Single(item => item.Text == "Go").World.Translation.Z;
        var buttonQuad = items[3].World.Translation.Z;
        Assert.True(background < buttonQuad && buttonQuad < buttonText, $"{background} < {buttonQuad} < {buttonText}");
    }
}
