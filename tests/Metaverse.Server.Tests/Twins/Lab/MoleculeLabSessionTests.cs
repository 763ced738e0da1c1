using System.Net.Http.Json;
using System.Numerics;
using System.Text.Json;
using Metaverse.Server.Hosting;
using Metaverse.Server.Twins;
using Metaverse.Server.Twins.Lab;
using Metaverse.Shared.Messages;
using Metaverse.Shared.Replication;
using Microsoft.Extensions.DependencyInjection;

namespace Metaverse.Server.Tests.Twins.Lab;

/// <summary>The molecule lab in a running server, through real UDP sessions: ownership, hand-over, following a hand, the injected sender.</summary>
public sealed class MoleculeLabSessionTests : IAsyncLifetime
{
    private static readonly Quaternion QuarterTurnAboutY = Quaternion.CreateFromAxisAngle(Vector3.UnitY, MathF.PI / 2);
    private readonly List<LabUser> _users = [];
    private RunningServer _server = null!;

    public async Task InitializeAsync() => _server = await RunningServer.StartAsync(
        new Dictionary<string, string?> { ["Metaverse:DefaultTwins"] = "molecule-lab" }, BuiltinTwinKinds.Create());

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_second_grab_is_refused_naming_the_holder_and_a_release_hands_the_molecule_over()
    {
        using var ada = await Join("ada");
        using var alan = await Join("alan");
        ada.MoveRightHand(new Vector3(0.4f, 1.15f, -40.2f), Quaternion.Identity);
        alan.MoveRightHand(new Vector3(0, 1.15f, -40.2f), Quaternion.Identity);
        Assert.True(ada.Send("grab", ("molecule", "caffeine"), ("hand", "right")).Ok);

        var grab = alan.Send("grab", ("molecule", "caffeine"), ("hand", "right"));
        var release = alan.Send("release", ("molecule", "caffeine"));

        Assert.Equal((false, "molecule"), (grab.Ok, grab.ErrorField));
        Assert.Contains($"held by ada (avatar {ada.AvatarEntityId})", grab.Message, StringComparison.Ordinal);
        Assert.Equal((false, "molecule"), (release.Ok, release.ErrorField));
        Assert.True(ada.Send("release", ("molecule", "caffeine")).Ok);
        Assert.True(alan.Send("grab", ("molecule", "caffeine"), ("hand", "right")).Ok);
        Assert.Equal(alan.AvatarEntityId, await Lab(lab => lab.HolderOf("caffeine")));
    }

    [Fact]
    public async Task A_held_molecule_follows_the_holders_hand_and_turns_with_it_without_audit_records()
    {
        using var ada = await Join("ada");
        ada.MoveRightHand(new Vector3(0.4f, 1.15f, -40.2f), Quaternion.Identity);
        Assert.True(ada.Send("grab", ("molecule", "caffeine"), ("hand", "right")).Ok);
        await Eventually(lab => lab.HolderOf("caffeine") == ada.AvatarEntityId, "the grab");

        ada.MoveRightHand(new Vector3(-0.5f, 1.6f, -38.3f), QuarterTurnAboutY);
        // Offset in the hand: (0, −0.05, −0.1); a quarter turn about +y takes −z to −x.
        await Eventually(lab => Near(lab.PoseOf("caffeine"), new Vector3(-0.6f, 1.55f, -38.3f), QuarterTurnAboutY), "the molecule to follow the turned hand");
        ada.MoveRightHand(new Vector3(-3, 1.3f, -36.8f), Quaternion.Identity);
        await Eventually(lab => Near(lab.PoseOf("caffeine"), new Vector3(-3, 1.25f, -36.9f), Quaternion.Identity), "the molecule to follow the moved hand");

        var audit = await _server.Http.GetFromJsonAsync<JsonElement>(new Uri("/api/audit", UriKind.Relative));
        Assert.Equal(["twin.grab"], audit.EnumerateArray().Select(r => r.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task The_client_sees_its_own_avatar_entity_id_in_the_holder_channel()
    {
        using var ada = await Join("ada");
        ada.MoveRightHand(new Vector3(-0.4f, 1.15f, -40.2f), Quaternion.Identity);
        var catalog = ada.Client.Expect<TwinCatalog>("the catalog");
        var holder = 1 + catalog.Twins[0].Channels.Skip(1).ToList().FindIndex(c => c.Name == "paracetamol.holder");

        Assert.True(ada.Send("grab", ("molecule", "paracetamol"), ("hand", "right")).Ok);

        ada.Client.PumpUntil(() => Replicated(ada, catalog, holder) == ada.AvatarEntityId, "the holder channel to show ada");
    }

    [Fact]
    public async Task A_forged_sender_argument_is_overwritten_by_the_server()
    {
        using var ada = await Join("ada");
        using var alan = await Join("alan");
        ada.MoveRightHand(new Vector3(0.4f, 1.15f, -40.2f), Quaternion.Identity);
        alan.MoveRightHand(new Vector3(0.8f, 1.15f, -40.2f), Quaternion.Identity);
        Assert.True(ada.Send("grab", ("molecule", "caffeine"), ("hand", "right")).Ok);
        var asAda = (Id: (TwinActor.IdArgument, ada.AvatarEntityId.ToString(System.Globalization.CultureInfo.InvariantCulture)), Name: (TwinActor.NameArgument, "ada"));

        var release = alan.Send("release", ("molecule", "caffeine"), asAda.Id, asAda.Name);
        var grab = alan.Send("grab", ("molecule", "aspirin"), ("hand", "right"), asAda.Id, asAda.Name);

        Assert.Equal((false, "molecule"), (release.Ok, release.ErrorField));
        Assert.True(grab.Ok, grab.Message);
        Assert.Equal((ada.AvatarEntityId, alan.AvatarEntityId), await Lab(lab => (lab.HolderOf("caffeine"), lab.HolderOf("aspirin"))));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_holder_who_disconnects_or_leaves_lets_go_and_the_molecule_stays_where_it_was(bool disconnect)
    {
        using var ada = await Join("ada");
        ada.MoveRightHand(new Vector3(0.8f, 1.1f, -40.3f), Quaternion.Identity);
        Assert.True(ada.Send("grab", ("molecule", "aspirin"), ("hand", "right")).Ok);
        await Eventually(lab => lab.HolderOf("aspirin") == ada.AvatarEntityId, "the grab");
        ada.MoveRightHand(new Vector3(0, 1.4f, -39.3f), Quaternion.Identity);
        await Eventually(lab => Near(lab.PoseOf("aspirin"), new Vector3(0, 1.4f, -39.3f), Quaternion.Identity), "the molecule to follow");

        if (disconnect)
        {
            ada.Client.Server!.Disconnect();
            ada.Client.Pump();
        }
        else
        {
            ada.Client.Send(new LeaveRoom());
        }

        await Eventually(lab => lab.HolderOf("aspirin") == 0, "the molecule to be free");
        Assert.True(await Lab(lab => Near(lab.PoseOf("aspirin"), new Vector3(0, 1.4f, -39.3f), Quaternion.Identity)));
    }

    [Fact]
    public async Task Placement_errors_name_the_field_and_range_and_only_trainers_reset_or_pause()
    {
        using var sam = await Join("sam");
        using var tess = await Join("tess", "trainer");

        var place = sam.Send("place", ("molecule", "ibuprofen"), ("x", "NaN"), ("y", "1"), ("z", "-3"), ("qx", "0"), ("qy", "0"), ("qz", "0"), ("qw", "1"));
        var placed = sam.Send("place", ("molecule", "ibuprofen"), ("x", "3"), ("y", "1"), ("z", "-3"), ("qx", "0"), ("qy", "0"), ("qz", "0"), ("qw", "1"));
        var studentReset = sam.Send("reset");
        var studentPause = sam.Send("time-scale", ("scale", "0"));

        Assert.Equal((false, "x", "-256–256 m"), (place.Ok, place.ErrorField, place.AcceptedRange));
        Assert.True(placed.Ok, placed.Message);
        Assert.Equal((false, "role", "admin, trainer"), (studentReset.Ok, studentReset.ErrorField, studentReset.AcceptedRange));
        Assert.Equal((false, "role"), (studentPause.Ok, studentPause.ErrorField));
        Assert.True(tess.Send("reset").Ok);
        Assert.Equal(LabBench.RestPose(2), await Lab(lab => lab.PoseOf("ibuprofen")));
    }

    private async Task<LabUser> Join(string name, string role = "student")
    {
        var user = await LabUser.Joined(_server, name, role);
        _users.Add(user);
        return user;
    }

    private Task<T> Lab<T>(Func<MoleculeLab, T> read) =>
        _server.App.Services.GetRequiredService<SimulationLoop>().InvokeAsync(rooms => read((MoleculeLab)rooms.Default.Twins.Find("molecule-lab-1")!.Twin));

    private async Task Eventually(Func<MoleculeLab, bool> condition, string what)
    {
        for (var i = 0; i < 250; i++)
        {
            if (await Lab(condition))
            {
                return;
            }

            await Task.Delay(20);
            _users.ForEach(u => u.Client.Pump());
        }

        var state = await Lab(lab => string.Join("; ", LabBench.Molecules.Select(m => $"{m} {lab.PoseOf(m)} held by {lab.HolderOf(m)}")));
        throw new TimeoutException($"waited 5 s for {what}: {state}");
    }

    /// <summary>Within the replicated hand's precision: 1 mm positions, smallest-three rotations.</summary>
    private static bool Near(RigidPose pose, Vector3 position, Quaternion rotation) =>
        Vector3.Distance(pose.Position, position) < 0.003f && MathF.Abs(Quaternion.Dot(pose.Rotation, rotation)) > 0.9999f;

    /// <summary>The newest value of channel <paramref name="index"/> the client received, or NaN.</summary>
    private static float Replicated(LabUser user, TwinCatalog catalog, int index)
    {
        var count = catalog.Twins.Sum(t => t.Channels.Count);
        var value = float.NaN;
        foreach (var snapshot in user.Client.Received.OfType<Snapshot>().Where(s => s.TwinValues.Length > 0))
        {
            TwinValueCodec.TryDecode(snapshot.TwinValues.Span, count, (i, v) => value = i == index ? v : value);
        }

        return value;
    }
}
