using System.Numerics;
using Metaverse.ClientXr.Rendering;
using Metaverse.ClientXr.Scenes;
using Metaverse.ClientXr.Ui;

namespace Metaverse.ClientXr.Desktop;

/// <summary>
/// The Esc menu: a panel opened 0.8 m in front of the camera with the scenes to jump to, the reason that goes with
/// every command (the audit trail records it), and Quit. Its own UI at reading distance (default sizes).
/// </summary>
internal sealed class DesktopMenu(IFontMetrics font)
{
    private const float Distance = 0.8f;
    private static readonly Vector2 Size = new(0.5f, 0.42f);
    private readonly WorldUi _ui = new(font);
    private Matrix4x4 _pose = Matrix4x4.Identity;
    private string _reason = string.Empty;

    public bool Open { get; private set; }

    /// <summary>Set when the user chose Quit.</summary>
    public bool QuitRequested { get; private set; }

    public bool WantsKeyboard => Open && _ui.WantsKeyboard;

    public bool IsOverUi(int pointerId) => Open && _ui.IsOverUi(pointerId);

    /// <summary>Opens the menu facing the camera (or closes it).</summary>
    public void Toggle(FlyCamera camera)
    {
        Open = !Open;
        if (Open)
        {
            var rotation = Matrix4x4.CreateFromQuaternion(camera.Orientation);
            var centre = camera.Position + (camera.Forward * Distance);
            var topLeft = centre + Vector3.TransformNormal(new Vector3(-Size.X / 2f, Size.Y / 2f, 0f), rotation);
            _pose = rotation * Matrix4x4.CreateTranslation(topLeft);
        }
    }

    public void Frame(ReadOnlySpan<UiPointer> pointers, UiKeyboard keyboard, FlyCamera camera, World world, DrawList list)
    {
        if (!Open)
        {
            return;
        }

        if (_reason.Length == 0)
        {
            _reason = world.Context.Reason;
        }

        _ui.Begin(pointers, keyboard);
        _ui.WindowBegin("Menu", ref _pose, Size);
        _ui.Label("Go to");
        Jump("Plant hall", SceneId.Plant, camera);
        _ui.SameLine();
        Jump("Patient room", SceneId.Patient, camera);
        _ui.SameLine();
        Jump("Molecule lab", SceneId.Molecules, camera);
        _ui.Label("Reason sent with your commands:");
        if (_ui.TextField("##reason", ref _reason, 200) || !_ui.WantsKeyboard)
        {
            world.Context.Reason = _reason.Trim().Length > 0 ? _reason.Trim() : world.Context.Reason;
        }

        if (_ui.Button("Close"))
        {
            Open = false;
        }

        _ui.SameLine();
        QuitRequested |= _ui.Button("Quit");
        _ui.WindowEnd();
        _ui.End(list);
    }

    private void Jump(string label, SceneId scene, FlyCamera camera)
    {
        if (_ui.Button(label))
        {
            var (position, yaw, pitch) = SceneLayout.Viewpoint(scene);
            camera.Teleport(position, yaw, pitch);
            Open = false;
        }
    }
}
