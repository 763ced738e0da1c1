using System.Numerics;
using Metaverse.ClientXr.Rendering;
using Metaverse.ClientXr.Ui;

namespace Metaverse.ClientXr.Tests.Ui;

/// <summary>
/// One fixed window "Test" with its top-left corner at the world origin, facing +z (identity pose), so a layout point
/// (x, down) is the world point (x, −down, 0). Pointers shoot from 1 m in front of the panel straight at it.
/// </summary>
internal sealed class UiHarness
{
    public static readonly Vector2 WindowSize = new(0.5f, 0.4f);

    public WorldUi Ui { get; } = new(new FixedAdvanceFont());

    public DrawList Draw { get; } = new();

    public void Frame(Action<WorldUi> body, params UiPointer[] pointers) => Frame(body, UiKeyboard.None, pointers);

    public void Frame(Action<WorldUi> body, UiKeyboard keyboard, params UiPointer[] pointers)
    {
        Draw.Clear();
        Ui.Begin(pointers, keyboard);
        Ui.WindowBegin("Test", Matrix4x4.Identity, WindowSize);
        body(Ui);
        Ui.WindowEnd();
        Ui.End(Draw);
    }

    public static Vector2 Centre(UiRect rect) => new(rect.X + (rect.Width / 2f), rect.Top + (rect.Height / 2f));

    public static Ray RayAt(Vector2 layoutPoint) => new(new Vector3(layoutPoint.X, -layoutPoint.Y, 1f), -Vector3.UnitZ);

    public static UiPointer Hover(Vector2 at, int id = 0) => new(id, RayAt(at), false, false, false);

    public static UiPointer Press(Vector2 at, int id = 0) => new(id, RayAt(at), true, true, false);

    public static UiPointer Drag(Vector2 at, int id = 0) => new(id, RayAt(at), true, false, false);

    public static UiPointer Release(Vector2 at, int id = 0) => new(id, RayAt(at), false, false, true);
}
