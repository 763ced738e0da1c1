using System.Numerics;
using Metaverse.Client;
using Metaverse.ClientXr.Rendering;
using Metaverse.ClientXr.Ui;

namespace Metaverse.ClientXr.Scenes;

/// <summary>
/// The shared world as one client sees it, the same for the desktop and the headset: the scene the eye is in
/// (plant hall, patient room or molecule lab — only that one is drawn), everyone else's avatar, and the scenes'
/// world-space panels. A frame: <see cref="Begin"/>, any extra UI windows of the front end, then <see cref="End"/>.
/// </summary>
internal sealed class World
{
    /// <summary>The scenes' panels are read from a few metres: text and rows three times the UI's default size.</summary>
    public const float PanelScale = 3f;

    private readonly PlantHall _plant = new();
    private readonly PatientRoom _patient = new();
    private readonly MoleculeLab _lab = new();
    private readonly AvatarLayer _avatars = new();

    public World(SessionClient session, IFontMetrics font)
    {
        Context = new WorldContext(session, new WorldUi(font, Scaled(UiStyle.Default, PanelScale)));
    }

    public WorldContext Context { get; }

    /// <summary>The scene the eye was in during the last frame.</summary>
    public SceneId Scene { get; private set; }

    public int AvatarsDrawn => _avatars.Drawn;

    public MoleculeLab Lab => _lab;

    /// <summary>Starts a frame: UI input, then the scene around <paramref name="eye"/> and the avatars go into <paramref name="list"/>.</summary>
    public void Begin(ReadOnlySpan<UiPointer> pointers, UiKeyboard keyboard, HandInput hand, Vector3 eye, double now, DrawList list)
    {
        Context.Now = now;
        Context.Hand = hand;
        Context.History.Sample(now);
        Context.Ui.Begin(pointers, keyboard);
        Scene = SceneLayout.Nearest(eye);
        Surroundings.Draw(Scene, list);
        switch (Scene)
        {
            case SceneId.Plant:
                _plant.Frame(Context, list);
                break;
            case SceneId.Patient:
                _patient.Frame(Context, list);
                break;
            case SceneId.Molecules:
                _lab.Frame(Context, list, pointerFree: !OverUi(pointers));
                break;
        }

        _avatars.Frame(Context, eye, list);
    }

    public void End(DrawList list) => Context.Ui.End(list);

    private bool OverUi(ReadOnlySpan<UiPointer> pointers)
    {
        foreach (var pointer in pointers)
        {
            if (Context.Ui.IsOverUi(pointer.Id))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A style <paramref name="factor"/> times larger (sizes only).</summary>
    public static UiStyle Scaled(UiStyle style, float factor) => style with
    {
        TextHeight = style.TextHeight * factor,
        SmallTextHeight = style.SmallTextHeight * factor,
        RowHeight = style.RowHeight * factor,
        TitleBarHeight = style.TitleBarHeight * factor,
        Padding = style.Padding * factor,
        Spacing = style.Spacing * factor,
        ChartHeight = style.ChartHeight * factor,
        ProgressBarHeight = style.ProgressBarHeight * factor,
        SeparatorThickness = style.SeparatorThickness * factor,
    };
}
