using System.Numerics;
using Metaverse.Client;
using Metaverse.ClientXr.Platform.OpenXr;
using Metaverse.ClientXr.Rendering;
using Metaverse.ClientXr.Scenes;
using Metaverse.ClientXr.Ui;
using Metaverse.Shared.Replication;

namespace Metaverse.ClientXr.Xr;

/// <summary>
/// The headset front end of the <see cref="World"/>, pure of OpenXR calls: each controller's aim ray is a UI pointer
/// (left id 1, right id 2; select = press), squeeze grabs (the right hand, or the left when the right is not tracked),
/// the thumbstick teleports and turns (<see cref="Locomotion"/>), menu jumps to the next scene, and the avatar pose
/// (head and hands in world space, through the <see cref="PlaySpace"/>) is sent 30 times a second.
/// </summary>
internal sealed class XrApp
{
    public const int LeftPointerId = 1;
    public const int RightPointerId = 2;
    private const double PoseIntervalSeconds = 1.0 / 30.0;
    private const float RayLength = 1.5f;
    private static readonly Rgba RayColor = new(0.95f, 0.95f, 1f);
    private static readonly Rgba TargetColor = new(0.2f, 0.85f, 0.4f);

    private readonly SessionClient _session;
    private readonly World _world;
    private readonly Locomotion _locomotion;
    private readonly UiPointer[] _pointers = new UiPointer[2];
    private readonly bool[] _selectWasHeld = new bool[2];
    private readonly bool[] _menuWasHeld = new bool[2];
    private readonly float _floorHeight;
    private GrabTrigger _grab;
    private double _nextPoseAt;
    private double _now;

    /// <param name="session">The joined server session.</param>
    /// <param name="font">The renderer's font (UI layout).</param>
    /// <param name="scene">Start scene: the play space is placed under its viewpoint.</param>
    /// <param name="locomotion">Turn mode and speeds.</param>
    /// <param name="floorHeight">Height of the tracking origin above the floor: 0 for STAGE, a standing eye height for LOCAL.</param>
    public XrApp(SessionClient session, IFontMetrics font, SceneId scene, Locomotion locomotion, float floorHeight)
    {
        _session = session;
        _world = new World(session, font);
        _locomotion = locomotion;
        _floorHeight = floorHeight;
        Space = StartSpace(scene, floorHeight);
    }

    public Rgba Sky { get; } = new(0.5f, 0.62f, 0.75f);

    public PlaySpace Space { get; private set; }

    public World World => _world;

    public Locomotion Locomotion => _locomotion;

    /// <summary>The head's world pose in the last frame.</summary>
    public XrPose HeadWorld { get; private set; } = XrPose.Identity;

    /// <summary>
    /// One frame: <paramref name="headLocal"/> and <paramref name="hands"/> (index 0 left, 1 right) in the play space;
    /// fills <paramref name="list"/>. Returns a bit per hand (1 left, 2 right) that should get a haptic pulse (a UI press).
    /// </summary>
    public int Frame(XrPose headLocal, ReadOnlySpan<XrHandState> hands, float seconds, DrawList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        _now += seconds;
        HeadWorld = Space.ToWorld(headLocal);
        Span<Ray> rays = stackalloc Ray[2];
        var count = 0;
        for (var hand = 0; hand < 2; hand++)
        {
            var aim = Space.ToWorld(hands[hand].Aim);
            rays[hand] = new Ray(aim.Position, Vector3.Normalize(aim.Forward));
            if (hands[hand].Tracked)
            {
                _pointers[count++] = UiPointer.FromButton(hand + 1, rays[hand], hands[hand].Select, _selectWasHeld[hand]);
            }

            _selectWasHeld[hand] = hands[hand].Tracked && hands[hand].Select;
        }

        Move(hands, rays, seconds);
        var handInput = Hand(hands, rays);
        _world.Begin(_pointers.AsSpan(0, count), UiKeyboard.None, handInput, HeadWorld.Position, _now, list);
        DrawControllers(hands, rays, list);
        _world.End(list);
        SendPose(hands);
        return Haptics(count);
    }

    /// <summary>Places the play space so a standing player is at <paramref name="scene"/>'s viewpoint, facing its way.</summary>
    public static PlaySpace StartSpace(SceneId scene, float floorHeight)
    {
        var (position, yaw, _) = SceneLayout.Viewpoint(scene);
        return new PlaySpace(new Vector3(position.X, floorHeight, position.Z), yaw);
    }

    private void Move(ReadOnlySpan<XrHandState> hands, ReadOnlySpan<Ray> rays, float seconds)
    {
        var hand = hands[1].Thumbstick.LengthSquared() >= hands[0].Thumbstick.LengthSquared() ? 1 : 0;
        _locomotion.Update(hands[hand].Tracked ? hands[hand].Thumbstick : Vector2.Zero, rays[hand], HeadWorld.Position, seconds, Space);
        for (var i = 0; i < 2; i++)
        {
            var menu = hands[i].Tracked && hands[i].Menu;
            if (menu && !_menuWasHeld[i])
            {
                var next = StartSpace(SceneLayout.Next(_world.Scene), _floorHeight);
                Space = next;
            }

            _menuWasHeld[i] = menu;
        }
    }

    private HandInput Hand(ReadOnlySpan<XrHandState> hands, ReadOnlySpan<Ray> rays)
    {
        var hand = hands[1].Tracked || !hands[0].Tracked ? 1 : 0;
        var grip = Space.ToWorld(hands[hand].Grip);
        var (pressed, released) = _grab.Update(hands[hand].Tracked ? hands[hand].Squeeze : 0f);
        return new HandInput(rays[hand], grip.Position, grip.Orientation, pressed, _grab.Held, released);
    }

    private void DrawControllers(ReadOnlySpan<XrHandState> hands, ReadOnlySpan<Ray> rays, DrawList list)
    {
        for (var hand = 0; hand < 2; hand++)
        {
            if (hands[hand].Tracked)
            {
                list.Line(rays[hand].Origin, rays[hand].At(RayLength), RayColor);
            }
        }

        if (_locomotion.Target is { } target)
        {
            const int Segments = 16;
            for (var i = 0; i < Segments; i++)
            {
                var a = 2f * MathF.PI * i / Segments;
                var b = 2f * MathF.PI * (i + 1) / Segments;
                list.Line(target + new Vector3(MathF.Cos(a) * 0.3f, 0.01f, MathF.Sin(a) * 0.3f), target + new Vector3(MathF.Cos(b) * 0.3f, 0.01f, MathF.Sin(b) * 0.3f), TargetColor);
            }
        }
    }

    private int Haptics(int count)
    {
        var mask = 0;
        for (var i = 0; i < count; i++)
        {
            if (_pointers[i].Pressed && _world.Context.Ui.IsOverUi(_pointers[i].Id))
            {
                mask |= _pointers[i].Id;
            }
        }

        return mask;
    }

    private void SendPose(ReadOnlySpan<XrHandState> hands)
    {
        if (_session.State != SessionState.Joined || _now < _nextPoseAt)
        {
            return;
        }

        _nextPoseAt = _now + PoseIntervalSeconds;
        var left = HandPose(hands[0], new Vector3(-0.25f, -0.55f, -0.3f));
        var right = HandPose(hands[1], new Vector3(0.25f, -0.55f, -0.3f));
        _session.SendPose(new AvatarPose(HeadWorld.Position, HeadWorld.Orientation, left.Position, left.Orientation, right.Position, right.Orientation));
    }

    /// <summary>A tracked hand's grip in the world; an untracked one hangs at <paramref name="restOffset"/> from the head.</summary>
    private XrPose HandPose(in XrHandState hand, Vector3 restOffset) =>
        hand.Tracked ? Space.ToWorld(hand.Grip) : new XrPose(HeadWorld.Position + Vector3.Transform(restOffset, HeadWorld.Orientation), HeadWorld.Orientation);
}
