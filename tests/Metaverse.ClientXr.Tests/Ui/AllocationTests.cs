using System.Numerics;
using Metaverse.ClientXr.Rendering;
using Metaverse.ClientXr.Ui;

namespace Metaverse.ClientXr.Tests.Ui;

public sealed class AllocationTests
{
    private readonly WorldUi _ui = new(new FixedAdvanceFont());
    private readonly DrawList _draw = new();
    private readonly float[] _series = [1f, 4f, 2f, 8f, 5f];
    private readonly UiPointer[] _pointers = [UiHarness.Hover(new Vector2(0.05f, 0.07f), id: 0), UiHarness.Hover(new Vector2(0.3f, 0.2f), id: 1)];
    private Matrix4x4 _pose = Matrix4x4.CreateTranslation(0f, 1.5f, -1f);
    private float _rate = 3f;
    private bool _auto = true;
    private string _reason = "calibration";

    [Fact]
    public void A_steady_frame_allocates_nothing_once_warm()
    {
        for (var i = 0; i < 3; i++)
        {
            RunFrame();
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        RunFrame();
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private void RunFrame()
    {
        _draw.Clear();
        _ui.Begin(_pointers, UiKeyboard.None);
        _ui.WindowBegin("Feeder##api", ref _pose, new Vector2(0.5f, 0.7f));
        _ui.Label("Loss-in-weight feeder");
        _ui.Button("Refill##api");
        _ui.SameLine();
        _ui.Toggle("Auto", ref _auto);
        _ui.Slider("Rate", ref _rate, 0f, 10f, "{0:F1} kg/h");
        _ui.TextField("Reason", ref _reason, 40);
        _ui.ProgressBar(0.4f, "hopper");
        _ui.Separator();
        _ui.Chart("API mass flow", _series, 0f, 0f, "kg/h");
        _ui.Message("rejected: setpoint outside the accepted range 0 to 10 kg/h", Rgba.Red);
        _ui.WindowEnd();
        _ui.End(_draw);
    }
}
