using System.Numerics;
using Metaverse.ClientXr.Content.Molecules;
using Metaverse.ClientXr.Content.Primitives;
using Metaverse.ClientXr.Rendering;

namespace Metaverse.ClientXr.Scenes;

/// <summary>
/// The molecule lab: the room's molecule-lab twin's molecules (ball and stick, from assets/molecules) at their
/// replicated poses on and above the bench. Press the grab button with the hand's ray on a free molecule to pick it up
/// (the server grants it to one person at a time and then moves it with that person's hand); release to put it
/// down where it is, or to hand it to someone who grabs it next. A held molecule carries its holder's name.
/// </summary>
internal sealed class MoleculeLab
{
    /// <summary>Radius (metres) around a molecule's centre that a ray must pass within to grab it.</summary>
    public const float GrabRadius = 0.15f;

    /// <summary>Model scale: 1 Å = 3 cm, so the largest molecule here (ibuprofen, about 13 Å) spans about 0.4 m.</summary>
    public const float MetresPerAngstrom = 0.03f;

    public static readonly Vector3 BenchCentre = SceneLayout.MoleculeCentre + new Vector3(0f, 0.45f, -0.3f);
    private static readonly Vector3 BenchSize = new(2.6f, 0.9f, 0.8f);
    private static readonly Rgba BenchColor = new(0.35f, 0.37f, 0.4f);
    private static readonly Rgba HeldByMe = new(0.3f, 0.8f, 1f);

    /// <summary>The lab's panel, to the left of the bench, turned a little toward the viewpoint.</summary>
    private static readonly Matrix4x4 InfoPanel = Matrix4x4.CreateRotationY(0.5f) * Matrix4x4.CreateTranslation(SceneLayout.MoleculeCentre + new Vector3(-2.9f, 2.1f, -0.2f));
    private readonly Dictionary<string, IReadOnlyList<MoleculePart>> _models = [];

    /// <summary>The molecule this client holds (as the server last said), or null.</summary>
    public string? Held { get; private set; }

    /// <summary>Distance from the ray origin at which the molecule was grabbed (metres); the desktop hand stays there.</summary>
    public float HeldDistance { get; private set; } = 0.6f;

    public void Frame(WorldContext world, DrawList list, bool pointerFree)
    {
        list.Mesh(UnitMeshes.Cube, Matrix4x4.CreateScale(BenchSize) * Matrix4x4.CreateTranslation(BenchCentre), BenchColor);
        var lab = world.TwinOfKind("molecule-lab");
        if (lab is null)
        {
            return;
        }

        Held = null;
        string? target = null;
        var nearest = float.PositiveInfinity;
        foreach (var name in MoleculeLibrary.Names)
        {
            var pose = MoleculePose.Read(world, lab, name);
            if (pose is null)
            {
                continue;
            }

            Draw(world, name, pose.Value, list);
            var mine = pose.Value.Holder == world.Session.AvatarEntityId;
            Held = mine ? name : Held;
            // A molecule someone else holds is a target too: the server refuses the grab and its reason (who holds it) shows.
            if (Hit(world.Hand.Ray, pose.Value.Position, out var distance) && distance < nearest)
            {
                (target, nearest) = (name, distance);
            }
        }

        Interact(world, lab, target, nearest, pointerFree);
        Panel(world, lab);
    }

    /// <summary>How to handle the molecules, the server's answer to the last grab or release, and (trainers) a reset.</summary>
    private static void Panel(WorldContext world, string lab)
    {
        var ui = world.Ui;
        ui.WindowBegin("Molecule lab", InfoPanel, new Vector2(1.5f, 0.9f));
        ui.Label("Point, press and hold to pick up.");
        ui.Label("Release to put down or hand over.");
        if (ui.Button("Put all back"))
        {
            world.Commands.Send("lab", lab, "reset", world.Reason);
        }

        PanelWidgets.Feedback(world, "lab");
        ui.WindowEnd();
    }

    private void Interact(WorldContext world, string lab, string? target, float distance, bool pointerFree)
    {
        if (world.Hand.GrabPressed && pointerFree && target is not null)
        {
            HeldDistance = distance;
            world.Commands.Send("lab", lab, "grab", world.Reason, ("molecule", target), ("hand", "right"));
        }
        else if (world.Hand.GrabReleased && Held is not null)
        {
            world.Commands.Send("lab", lab, "release", world.Reason, ("molecule", Held));
        }
    }

    private void Draw(WorldContext world, string name, MoleculePose pose, DrawList list)
    {
        var model = Model(name);
        if (model is null)
        {
            return;
        }

        var placement = Matrix4x4.CreateFromQuaternion(pose.Rotation) * Matrix4x4.CreateTranslation(pose.Position);
        var mine = pose.Holder == world.Session.AvatarEntityId;
        foreach (var part in model)
        {
            list.Mesh(part.Mesh, part.Transform * placement, mine ? Rgba.Lerp(part.Color, HeldByMe, 0.35f) : part.Color);
        }

        var label = pose.Holder == 0 ? name : $"{name} · {HolderName(world, pose.Holder)}";
        var width = world.Ui.Font.MeasureWidth(label, 0.04f);
        list.Text(label, Matrix4x4.CreateTranslation(pose.Position + new Vector3(-width / 2f, 0.2f, 0f)), 0.04f, Rgba.White);
    }

    private static string HolderName(WorldContext world, uint holder) =>
        holder == world.Session.AvatarEntityId ? "you" : world.Session.Roster.TryGet(holder, out var member) ? member.Name : $"#{holder}";

    private IReadOnlyList<MoleculePart>? Model(string name)
    {
        if (!_models.TryGetValue(name, out var model))
        {
            var loaded = MoleculeLibrary.Load(name);
            if (loaded.Error is not null)
            {
                Console.Error.WriteLine($"molecule lab: {name} is not shown: {loaded.Error}");
            }

            model = loaded.Molecule is { } molecule ? BallAndStick.Build(molecule, MetresPerAngstrom) : [];
            _models[name] = model;
        }

        return model.Count == 0 ? null : model;
    }

    private static bool Hit(Ui.Ray ray, Vector3 centre, out float distance)
    {
        distance = Vector3.Dot(centre - ray.Origin, ray.Direction);
        var closest = ray.Origin + (ray.Direction * distance);
        return distance > 0 && Vector3.DistanceSquared(closest, centre) <= GrabRadius * GrabRadius;
    }
}

/// <summary>A molecule's replicated pose and holder (avatar entity id, 0 = free), read from the lab twin's channels.</summary>
internal readonly record struct MoleculePose(Vector3 Position, Quaternion Rotation, uint Holder)
{
    private static readonly string[] Suffixes = ["x", "y", "z", "qx", "qy", "qz", "qw", "holder"];
    private static readonly Dictionary<string, string[]> ChannelNames = [];

    public static MoleculePose? Read(WorldContext world, string lab, string name)
    {
        var channels = Channels(name);
        var x = world.Value(lab, channels[0]);
        if (float.IsNaN(x))
        {
            return null;
        }

        var position = new Vector3(x, world.Value(lab, channels[1]), world.Value(lab, channels[2]));
        var rotation = new Quaternion(world.Value(lab, channels[3]), world.Value(lab, channels[4]), world.Value(lab, channels[5]), world.Value(lab, channels[6]));
        var holder = world.Value(lab, channels[7]);
        return new MoleculePose(
            position,
            rotation.LengthSquared() > 1e-6f ? Quaternion.Normalize(rotation) : Quaternion.Identity,
            float.IsFinite(holder) && holder > 0 ? (uint)holder : 0);
    }

    /// <summary>"name.x" … "name.holder", built once per molecule (the scene reads them every frame; render thread only).</summary>
    private static string[] Channels(string name)
    {
        if (!ChannelNames.TryGetValue(name, out var channels))
        {
            channels = [.. Suffixes.Select(c => $"{name}.{c}")];
            ChannelNames[name] = channels;
        }

        return channels;
    }
}
