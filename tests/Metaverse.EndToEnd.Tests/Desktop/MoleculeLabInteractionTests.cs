using System.Numerics;
using Metaverse.Client;
using Metaverse.ClientXr.Rendering;
using Metaverse.ClientXr.Rendering.Text;
using Metaverse.ClientXr.Scenes;
using Metaverse.ClientXr.Ui;
using Metaverse.Shared.Replication;

namespace Metaverse.EndToEnd.Tests.Desktop;

/// <summary>
/// The client's world logic (no window) against the real server: a hand ray on a molecule plus the grab button
/// picks it up, the molecule follows the hand, a second person cannot take it, and after release they can.
/// </summary>
public sealed class MoleculeLabInteractionTests
{
    private static readonly Vector3 Eye = SceneLayout.MoleculeCentre + new Vector3(0.4f, 1.5f, 1.0f);

    [Fact]
    public async Task Grab_follow_refuse_a_second_grabber_release_and_hand_over()
    {
        await using var server = await ServerFixture.Start();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var login = new LoginClient(http, server.Api);
        using var ann = await Clients.Joined(login, server, "ann");
        using var bob = await Clients.Joined(login, server, "bob");
        var font = GlyphAtlas.Build().ValueOrThrow();
        var annWorld = new World(ann, font);
        var bobWorld = new World(bob, font);
        var caffeine = Rest(ann, annWorld);

        // Ann points at the caffeine and presses: the server grants it; her hand then carries it 0.5 m up.
        var hand = Toward(caffeine);
        Frame(annWorld, hand with { GrabPressed = true, GrabHeld = true });
        Pump([ann, bob], ann, hand.Position, () => Holder(ann) == ann.AvatarEntityId, "ann to hold the caffeine");
        var raised = hand.Position + new Vector3(0, 0.5f, 0);
        Pump([ann, bob], ann, raised, () => Caffeine(ann).Y > caffeine.Y + 0.45f, "the caffeine to rise with ann's hand");

        // Bob aims where he sees it: wait until his view has it raised too (its channels reach him separately).
        Pump([ann, bob], ann, raised, () => Caffeine(bob).Y > caffeine.Y + 0.45f, "bob to see the caffeine raised");

        // Bob tries to take it: refused, naming ann.
        Frame(bobWorld, Toward(Caffeine(bob)) with { GrabPressed = true, GrabHeld = true });
        Pump([ann, bob], ann, raised, () => bobWorld.Context.Commands.Feedback("lab")?.Outcome == CommandOutcome.Rejected, "bob's refusal");
        Assert.Contains("ann", bobWorld.Context.Commands.Feedback("lab")!.Value.Text, StringComparison.Ordinal);

        // Ann lets go; bob grabs: handed over.
        Frame(annWorld, Toward(Caffeine(ann)) with { GrabReleased = true });
        Pump([ann, bob], ann, raised, () => Holder(bob) == 0, "the caffeine to be free");
        Frame(bobWorld, Toward(Caffeine(bob)) with { GrabPressed = true, GrabHeld = true });
        Pump([ann, bob], bob, raised, () => Holder(ann) == bob.AvatarEntityId, "bob to hold the caffeine");
    }

    private static Vector3 Rest(SessionClient client, World world)
    {
        Pump([client], client, Eye, () => !float.IsNaN(Caffeine(client).X), "the lab's channels");
        Frame(world, Toward(Caffeine(client)));
        return Caffeine(client);
    }

    private static HandInput Toward(Vector3 target)
    {
        var ray = new Ray(Eye, Vector3.Normalize(target - Eye));
        return new HandInput(ray, ray.At(Vector3.Distance(Eye, target) - 0.1f), Quaternion.Identity, false, false, false);
    }

    private static void Frame(World world, HandInput hand)
    {
        var list = new DrawList();
        world.Begin(ReadOnlySpan<UiPointer>.Empty, UiKeyboard.None, hand, Eye, 0, list);
        world.End(list);
    }

    /// <summary>
    /// Pumps the clients, each sending its pose as a real client does; <paramref name="holder"/>'s right hand stands at
    /// <paramref name="handAt"/> (the server moves a held molecule with it), the others' hands rest by their sides.
    /// </summary>
    private static void Pump(SessionClient[] clients, SessionClient holder, Vector3 handAt, Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"timed out waiting for {what}");
            foreach (var client in clients)
            {
                var hand = client == holder ? handAt : Eye + new Vector3(0.3f, -0.5f, 0);
                client.SendPose(new AvatarPose(Eye, Quaternion.Identity, Eye - new Vector3(0.3f, 0.5f, 0), Quaternion.Identity, hand, Quaternion.Identity));
                client.Poll(TimeSpan.FromMilliseconds(15));
            }
        }
    }

    private static Vector3 Caffeine(SessionClient client) => new(Channel(client, "x"), Channel(client, "y"), Channel(client, "z"));

    private static uint Holder(SessionClient client) => (uint)Channel(client, "holder");

    private static float Channel(SessionClient client, string name) =>
        client.Twins.TryGet("molecule-lab-1", "caffeine." + name, out var value) ? value : float.NaN;
}
