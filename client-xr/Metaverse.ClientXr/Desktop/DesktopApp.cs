using System.Numerics;
using Metaverse.Client;
using Metaverse.ClientXr.Rendering;
using Metaverse.ClientXr.Rendering.Gl;
using Metaverse.ClientXr.Scenes;
using Metaverse.ClientXr.Ui;
using Metaverse.Shared.Replication;

namespace Metaverse.ClientXr.Desktop;

/// <summary>
/// The desktop front end of the <see cref="World"/>: the fly camera, the mouse ray as the right hand (click =
/// select/press, drag = grab, wheel turns a held molecule), Tab to the next scene, Esc for the menu, F3 for the debug
/// overlay, and the avatar pose sent 30 times a second (head = camera, right hand on the mouse ray).
/// </summary>
internal sealed class DesktopApp
{
    public const float VerticalFovDegrees = 60f;
    public const float Near = 0.05f;
    public const float Far = 300f;
    private const double PoseIntervalSeconds = 1.0 / 30.0;
    private const float WheelTurnRadians = MathF.PI / 12f;
    private static readonly Vector3 LeftHandOffset = new(-0.25f, -0.55f, -0.3f);

    private readonly SessionClient _session;
    private readonly World _world;
    private readonly DesktopMenu _menu;
    private readonly FlyCamera _camera;
    private readonly UiPointer[] _pointers = new UiPointer[1];
    private bool _leftWasDown;
    private bool _overlay = true;
    private float _handTwist;
    private double _nextPoseAt;
    private double _now;

    public DesktopApp(SessionClient session, IFontMetrics font, DesktopOptions options)
    {
        _session = session;
        _world = new World(session, font);
        _menu = new DesktopMenu(font);
        var (position, yaw, pitch) = options.Camera ?? SceneLayout.Viewpoint(options.Scene);
        _camera = new FlyCamera(position, yaw, pitch);
    }

    public Rgba Sky { get; } = new(0.5f, 0.62f, 0.75f);

    public FlyCamera Camera => _camera;

    public World World => _world;

    /// <summary>
    /// Joined with snapshots decoding, and holding a value of every twin channel in the catalog — or, after half a
    /// second of snapshots without a catalog, sure that the room has no twins.
    /// </summary>
    public bool Ready => _session.State == SessionState.Joined && _session.SnapshotsDecoded > 0
        && (_session.Twins.Catalog is { } catalog
            ? _session.Twins.ChannelsWithValues >= catalog.Twins.Sum(t => t.Channels.Count)
            : _session.SnapshotsDecoded > 15);

    public string SceneName => _world.Scene.ToString().ToLowerInvariant();

    public int AvatarsDrawn => _world.AvatarsDrawn;

    public bool QuitRequested => _menu.QuitRequested;

    /// <summary>One frame: input, camera, world and UI into <paramref name="list"/>; returns the view to render.</summary>
    public RenderView Frame(DesktopInput input, float seconds, int width, int height, DrawList list)
    {
        _now += seconds;
        HandleKeys(input);
        var typing = _world.Context.Ui.WantsKeyboard || _menu.WantsKeyboard;
        _camera.Update(input.Camera(typing), seconds);
        var view = View(width, height);
        var ray = Ray.FromViewPixel(view, input.Cursor);
        _pointers[0] = UiPointer.FromButton(0, ray, input.LeftDown, _leftWasDown);
        _leftWasDown = input.LeftDown;
        var keyboard = typing ? new UiKeyboard(input.Typed, input.KeysPressed.HasFlag(DesktopKeys.Backspace) ? 1 : 0, input.KeysPressed.HasFlag(DesktopKeys.Enter), input.KeysPressed.HasFlag(DesktopKeys.Escape)) : UiKeyboard.None;

        var hand = Hand(input, ray);
        _world.Begin(_pointers, _menu.Open ? UiKeyboard.None : keyboard, hand, _camera.Position, _now, list);
        _world.End(list);
        _menu.Frame(_pointers, keyboard, _camera, _world, list);
        SendPose(hand);
        return view;
    }

    /// <summary>The debug overlay (F3): frame time, draw calls, scene, connection.</summary>
    public void DrawOverlay(DrawList list, FrameStats stats, FrameTimes times)
    {
        if (!_overlay)
        {
            return;
        }

        var text = string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"{SceneName} · {_session.Roster.Count} in room · frame {times.Percentile(0.5):0.0} ms p50 · {stats.DrawCalls} draws · {stats.Triangles} tris · RTT {_session.Peer.Rtt.TotalMilliseconds:0} ms");
        list.ScreenText(text, new Vector2(8, 6), 18f, new Rgba(0.05f, 0.07f, 0.12f));
        if (_session.State != SessionState.Joined)
        {
            list.ScreenText($"{_session.State.ToString().ToLowerInvariant()}: server {_session.Server}", new Vector2(8, 50), 18f, new Rgba(0.6f, 0.1f, 0.05f));
        }

        list.ScreenText("right-drag look · WASD/QE move (Shift fast) · click select · drag grab · Tab scene · Esc menu · F3 overlay", new Vector2(8, 28), 15f, new Rgba(0.12f, 0.14f, 0.2f));
    }

    private void HandleKeys(DesktopInput input)
    {
        var typing = _world.Context.Ui.WantsKeyboard || _menu.WantsKeyboard;
        if (input.KeysPressed.HasFlag(DesktopKeys.Escape) && !typing)
        {
            _menu.Toggle(_camera);
        }

        if (typing)
        {
            return;
        }

        if (input.KeysPressed.HasFlag(DesktopKeys.Tab))
        {
            var next = SceneLayout.Viewpoint(SceneLayout.Next(_world.Scene));
            _camera.Teleport(next.Position, next.Yaw, next.Pitch);
        }

        if (input.KeysPressed.HasFlag(DesktopKeys.F3))
        {
            _overlay = !_overlay;
        }
    }

    private RenderView View(int width, int height)
    {
        var aspect = height > 0 ? (float)width / height : 1f;
        var projection = Projection.Perspective(float.DegreesToRadians(VerticalFovDegrees), aspect, Near, Far);
        return new RenderView(_camera.ViewMatrix, projection, new PixelRect(0, 0, width, height));
    }

    /// <summary>The right hand rides the mouse ray: at the held molecule's grab distance, else 0.6 m out; the wheel twists it about the vertical.</summary>
    private HandInput Hand(DesktopInput input, Ray ray)
    {
        if (_world.Lab.Held is not null)
        {
            _handTwist += input.Scroll * WheelTurnRadians;
        }

        var distance = _world.Lab.Held is not null ? _world.Lab.HeldDistance : 0.6f;
        var rotation = Quaternion.CreateFromAxisAngle(Vector3.UnitY, _handTwist) * _camera.Orientation;
        var overUi = _world.Context.Ui.IsOverUi(0) || _menu.IsOverUi(0);
        return new HandInput(ray, ray.At(distance), rotation, input.LeftPressed && !overUi, input.LeftDown, input.LeftReleased);
    }

    private void SendPose(HandInput hand)
    {
        if (_session.State != SessionState.Joined || _now < _nextPoseAt)
        {
            return;
        }

        _nextPoseAt = _now + PoseIntervalSeconds;
        var head = _camera.Orientation;
        var left = _camera.Position + Vector3.Transform(LeftHandOffset, head);
        _session.SendPose(new AvatarPose(_camera.Position, head, left, head, hand.Position, hand.Rotation));
    }
}
