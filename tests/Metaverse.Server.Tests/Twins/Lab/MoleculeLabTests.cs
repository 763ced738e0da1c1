using System.Numerics;
using Metaverse.Server.Twins;
using Metaverse.Server.Twins.Lab;
using Metaverse.Twins.Core;

namespace Metaverse.Server.Tests.Twins.Lab;

/// <summary>The lab on its own: channels, ownership, following a hand, placing, reset (the server's session path is in <see cref="MoleculeLabSessionTests"/>).</summary>
public class MoleculeLabTests
{
    private const uint Ada = 3;
    private const uint Alan = 7;
    private static readonly Quaternion QuarterTurnAboutY = Quaternion.CreateFromAxisAngle(Vector3.UnitY, MathF.PI / 2);

    private readonly MoleculeLab _lab = MoleculeLab.CreateDefault(1);
    private readonly FakeAvatars _avatars = new();

    [Fact]
    public void Every_molecule_publishes_position_orientation_and_holder_and_rests_on_the_bench()
    {
        var values = new double[_lab.Channels.Count];
        _lab.ReadChannels(values);

        Assert.Equal(40, _lab.Channels.Count);
        Assert.Equal(["caffeine.x", "caffeine.y", "caffeine.z", "caffeine.qx", "caffeine.qy", "caffeine.qz", "caffeine.qw", "caffeine.holder"], _lab.Channels.Skip(24).Take(8).Select(c => c.Name));
        Assert.Equal([LabBench.RestX[3], LabBench.RestHeight, LabBench.BenchZ, 0, 0, 0, 1, 0], values.Skip(24).Take(8).Select(v => (float)v));
        Assert.All(LabBench.Molecules.Select(_lab.PoseOf), p => Assert.InRange(p.Position.X, -1, 1));
    }

    [Fact]
    public void A_grab_of_a_molecule_someone_else_holds_is_refused_naming_the_holder_and_the_holder_may_grab_again()
    {
        Assert.Null(_lab.Execute(Grab(Ada, "ada", "caffeine", "right")));

        var refused = _lab.Execute(Grab(Alan, "alan", "caffeine", "left"));

        Assert.Equal("molecule", refused?.Field);
        Assert.Contains("held by ada (avatar 3)", refused!.Message, StringComparison.Ordinal);
        Assert.Null(_lab.Execute(Grab(Ada, "ada", "caffeine", "left")));
        Assert.Equal(Ada, _lab.HolderOf("caffeine"));
    }

    [Fact]
    public void Only_the_holder_releases_and_then_another_may_take_it()
    {
        _lab.Execute(Grab(Ada, "ada", "aspirin", "right"));

        var refused = _lab.Execute(Release(Alan, "alan", "aspirin"));
        Assert.Equal("molecule", refused?.Field);
        Assert.Contains("ada", refused!.Message, StringComparison.Ordinal);

        Assert.Null(_lab.Execute(Release(Ada, "ada", "aspirin")));
        Assert.Null(_lab.Execute(Grab(Alan, "alan", "aspirin", "left")));
        Assert.Equal(Alan, _lab.HolderOf("aspirin"));
    }

    [Fact]
    public void A_held_molecule_keeps_its_grab_offset_to_the_hand_as_the_hand_moves_and_turns()
    {
        _avatars.SetRightHand(Ada, new Vector3(0.4f, 1.15f, -40.2f), Quaternion.Identity);
        _lab.Execute(Grab(Ada, "ada", "caffeine", "right"));
        _lab.Follow(_avatars);

        _avatars.SetRightHand(Ada, new Vector3(-0.5f, 1.6f, -38.3f), QuarterTurnAboutY);
        _lab.Follow(_avatars);

        // Offset in the hand: (0, −0.05, −0.1); a quarter turn about +y takes −z to −x.
        var pose = _lab.PoseOf("caffeine");
        Assert.True(Vector3.Distance(new Vector3(-0.6f, 1.55f, -38.3f), pose.Position) < 1e-5f, $"at {pose.Position}");
        Assert.Equal(1, MathF.Abs(Quaternion.Dot(QuarterTurnAboutY, pose.Rotation)), 5);

        _avatars.SetRightHand(Ada, new Vector3(-0.5f, 1.6f, -38.3f), Quaternion.Identity);
        _lab.Follow(_avatars);
        Assert.True(Vector3.Distance(new Vector3(-0.5f, 1.55f, -38.4f), _lab.PoseOf("caffeine").Position) < 1e-5f);
    }

    [Fact]
    public void In_a_room_the_grab_offset_is_taken_from_the_hand_when_the_grab_applies()
    {
        _avatars.SetRightHand(Ada, new Vector3(0.4f, 1.15f, -40.2f), Quaternion.Identity);
        _lab.Follow(_avatars);
        _lab.Execute(Grab(Ada, "ada", "caffeine", "right"));

        _avatars.SetRightHand(Ada, new Vector3(-0.5f, 1.6f, -38.3f), Quaternion.Identity);
        _lab.Follow(_avatars);

        Assert.True(Vector3.Distance(new Vector3(-0.5f, 1.55f, -38.4f), _lab.PoseOf("caffeine").Position) < 1e-5f, $"at {_lab.PoseOf("caffeine").Position}");
    }

    [Fact]
    public void A_holder_without_a_pose_lets_go_and_the_molecule_stays_where_it_was()
    {
        _avatars.SetLeftHand(Ada, new Vector3(-0.8f, 1.1f, -40.3f), Quaternion.Identity);
        _lab.Execute(Grab(Ada, "ada", "theophylline", "left"));
        _lab.Follow(_avatars);
        _avatars.SetLeftHand(Ada, new Vector3(1, 1.3f, -37.3f), Quaternion.Identity);
        _lab.Follow(_avatars);

        _avatars.Remove(Ada);
        _lab.Follow(_avatars);

        Assert.Equal(0u, _lab.HolderOf("theophylline"));
        Assert.Equal(new Vector3(1, 1.3f, -37.3f), _lab.PoseOf("theophylline").Position);
    }

    [Theory]
    [InlineData("x", "NaN", "x", "-256–256 m")]
    [InlineData("y", "100", "y", "-16–48 m")]
    [InlineData("z", "far", "z", "-256–256 m")]
    [InlineData("qw", "0", "qx,qy,qz,qw", "a rotation quaternion of length 0.5–2 (it is normalised)")]
    [InlineData("qx", "Infinity", "qx", "-2–2")]
    public void A_bad_placement_names_the_field_and_its_range_and_moves_nothing(string argument, string value, string field, string range)
    {
        var command = Place(Ada, "ada", "ibuprofen", new Vector3(0, 1.1f, -36.3f), Quaternion.Identity);
        var arguments = new Dictionary<string, string>(command.Arguments) { [argument] = value };

        var error = _lab.Execute(command with { Arguments = arguments });

        Assert.Equal((field, range), (error?.Field, error?.AcceptedRange));
        Assert.Equal(LabBench.RestPose(2), _lab.PoseOf("ibuprofen"));
    }

    [Fact]
    public void Place_puts_a_molecule_down_normalised_and_free_but_not_one_someone_else_holds()
    {
        _lab.Execute(Grab(Ada, "ada", "paracetamol", "right"));

        Assert.Equal("molecule", _lab.Execute(Place(Alan, "alan", "paracetamol", Vector3.One, Quaternion.Identity))?.Field);
        Assert.Null(_lab.Execute(Place(Ada, "ada", "paracetamol", new Vector3(-0.5f, 1.3f, -39.3f), new Quaternion(0, 0, 0, 2))));

        Assert.Equal(new RigidPose(new Vector3(-0.5f, 1.3f, -39.3f), Quaternion.Identity), _lab.PoseOf("paracetamol"));
        Assert.Equal(0u, _lab.HolderOf("paracetamol"));
    }

    [Fact]
    public void Reset_puts_every_molecule_back_on_the_bench_free()
    {
        _lab.Execute(Place(Ada, "ada", "caffeine", new Vector3(4, 1.1f, -32.3f), QuarterTurnAboutY));
        _lab.Execute(Grab(Alan, "alan", "aspirin", "left"));

        Assert.Null(_lab.Execute(TwinCommand.Of(MoleculeLab.ResetAction)));

        Assert.All(LabBench.Molecules, name => Assert.Equal(0u, _lab.HolderOf(name)));
        Assert.Equal(LabBench.RestPose(3), _lab.PoseOf("caffeine"));
    }

    [Fact]
    public void A_command_without_the_server_injected_sender_is_refused()
    {
        var error = _lab.Execute(TwinCommand.Of(MoleculeLab.GrabAction, ("molecule", "caffeine"), ("hand", "left")));

        Assert.Equal(TwinActor.IdArgument, error?.Field);
    }

    [Fact]
    public void A_grab_overtaken_before_it_applies_changes_nothing()
    {
        var ada = _lab.Prepare(Grab(Ada, "ada", "caffeine", "right")).Change!;
        var alan = _lab.Prepare(Grab(Alan, "alan", "caffeine", "right")).Change!;

        ada.Apply();
        alan.Apply();

        Assert.Equal(Ada, _lab.HolderOf("caffeine"));
    }

    internal static TwinCommand Grab(uint actor, string name, string molecule, string hand) =>
        As(actor, name, TwinCommand.Of(MoleculeLab.GrabAction, ("molecule", molecule), ("hand", hand)));

    internal static TwinCommand Release(uint actor, string name, string molecule) =>
        As(actor, name, TwinCommand.Of(MoleculeLab.ReleaseAction, ("molecule", molecule)));

    internal static TwinCommand Place(uint actor, string name, string molecule, Vector3 p, Quaternion q) =>
        As(actor, name, TwinCommand.Of(MoleculeLab.PlaceAction, ("molecule", molecule), ("x", F(p.X)), ("y", F(p.Y)), ("z", F(p.Z)), ("qx", F(q.X)), ("qy", F(q.Y)), ("qz", F(q.Z)), ("qw", F(q.W))));

    private static TwinCommand As(uint actor, string name, TwinCommand command) =>
        command with { Arguments = TwinActor.Inject(command.Arguments, actor, name) };

    private static string F(float value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
