using System.Numerics;
using Metaverse.Server.Twins;
using Metaverse.Server.Twins.Lab;
using Metaverse.Twins.Core;

namespace Metaverse.Server.Tests.Twins.Lab;

public class MoleculeLabSnapshotTests
{
    [Fact]
    public void A_restored_lab_has_every_pose_bit_for_bit_and_nobody_holding_anything()
    {
        var lab = MoleculeLab.CreateDefault(1);
        var avatars = new FakeAvatars();
        avatars.SetRightHand(3, new Vector3(1.4f, 1.05f, -2.9f), Quaternion.Identity);
        lab.Execute(MoleculeLabTests.Grab(3, "ada", "caffeine", "right"));
        lab.Follow(avatars);
        avatars.SetRightHand(3, new Vector3(0.123f, 1.456f, -0.789f), Quaternion.Normalize(new Quaternion(0.1f, 0.7f, -0.2f, 0.6f)));
        lab.Follow(avatars);
        lab.Execute(MoleculeLabTests.Place(5, "alan", "aspirin", new Vector3(-1.5f, 0.9f, 2.25f), Quaternion.CreateFromYawPitchRoll(0.3f, 0.2f, 0.1f)));
        lab.Step(12.5);
        var snapshot = lab.Snapshot();

        var (restored, error) = BuiltinTwinKinds.Create().Find(MoleculeLab.KindName)!.Rebuild(snapshot);

        Assert.Null(error);
        var copy = (MoleculeLab)restored!;
        Assert.All(LabBench.Molecules, name => Assert.Equal(lab.PoseOf(name), copy.PoseOf(name)));
        Assert.All(LabBench.Molecules, name => Assert.Equal(0u, copy.HolderOf(name)));
        Assert.Equal(3u, lab.HolderOf("caffeine"));
        Assert.Equal(12.5, copy.TimeSeconds);
        Assert.Equal(snapshot.Utf8Json, copy.Snapshot().Utf8Json);
    }

    [Theory]
    [InlineData("cdc-line", 1, "{}", "kind")]
    [InlineData(MoleculeLab.KindName, 2, "{}", "formatVersion")]
    [InlineData(MoleculeLab.KindName, 1, "not json", "snapshot")]
    [InlineData(MoleculeLab.KindName, 1, "{\"TimeSeconds\":1,\"Molecules\":[]}", "snapshot")]
    public void A_bad_snapshot_is_refused_naming_why_and_changes_nothing(string kind, int version, string json, string field)
    {
        var lab = MoleculeLab.CreateDefault(1);
        lab.Step(4);

        var error = lab.Restore(new TwinSnapshot(kind, version, System.Text.Encoding.UTF8.GetBytes(json)));

        Assert.Equal(field, error?.Field);
        Assert.Equal(4, lab.TimeSeconds);
    }
}
