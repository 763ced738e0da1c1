using System.Numerics;
using Metaverse.Server.Sessions;
using Metaverse.Server.Tests.Sessions;
using Metaverse.Shared.Messages;
using Metaverse.Shared.Net;

namespace Metaverse.Server.Tests.Twins.Lab;

/// <summary>A real session-protocol client in the default room that moves its right hand and sends lab commands.</summary>
internal sealed class LabUser(ProtocolClient client, uint avatarEntityId) : IDisposable
{
    private uint _sequence;
    private int _requests;

    public ProtocolClient Client => client;

    /// <summary>The avatar entity id the server sent in RoomJoined (what SessionClient.AvatarEntityId holds).</summary>
    public uint AvatarEntityId => avatarEntityId;

    public static async Task<LabUser> Joined(RunningServer server, string name, string role = "student")
    {
        var client = await ProtocolClient.Joined(server.Http, server.Udp, name, role);
        return new LabUser(client, client.Expect<RoomJoined>("room joined").AvatarEntityId);
    }

    /// <summary>Sends a pose with the right hand at <paramref name="position"/> turned by <paramref name="rotation"/>, and waits until the server applied it.</summary>
    public void MoveRightHand(Vector3 position, Quaternion rotation)
    {
        var sequence = ++_sequence;
        client.Send(
            new AvatarPoseIntent
            {
                Sequence = sequence,
                Head = Part(position + new Vector3(-0.3f, 0.5f, 0.3f), Quaternion.Identity),
                LeftHand = Part(position + new Vector3(-0.6f, 0, 0), Quaternion.Identity),
                RightHand = Part(position, rotation),
            },
            DeliveryMethod.Sequenced,
            Channels.Poses);
        client.PumpUntil(() => client.Received.Any(e => e is Snapshot s && s.LastIntentSequence >= sequence), $"the server to apply pose {sequence}");
    }

    /// <summary>Sends a command to molecule-lab-1 and returns its result.</summary>
    public CommandResult Send(string action, params (string Key, string Value)[] arguments)
    {
        var command = new Command { RequestId = $"r{++_requests}", TwinId = "molecule-lab-1", Action = action, Reason = "lab session" };
        foreach (var (key, value) in arguments)
        {
            command.Arguments[key] = value;
        }

        client.Send(command);
        return client.Expect(e => e is CommandResult r && r.RequestId == command.RequestId ? r : null, $"the result of {action}");
    }

    public void Dispose() => client.Dispose();

    private static TrackedPose Part(Vector3 p, Quaternion q) => new()
    {
        Position = new Vec3 { X = p.X, Y = p.Y, Z = p.Z },
        Rotation = new Quat { X = q.X, Y = q.Y, Z = q.Z, W = q.W },
        Tracked = true,
    };
}
