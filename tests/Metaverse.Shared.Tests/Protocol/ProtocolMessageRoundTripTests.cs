using Google.Protobuf;
using Metaverse.Shared.Messages;

namespace Metaverse.Shared.Tests.Messages;

/// <summary>Every schema message, fully populated, survives ToByteArray / Parser.ParseFrom on its own and inside an Envelope.</summary>
public sealed class ProtocolMessageRoundTripTests
{
    public static TheoryData<string> EnvelopeCases() => [.. Samples().Select(s => s.Case.ToString())];

    [Theory]
    [MemberData(nameof(EnvelopeCases))]
    public void Envelope_round_trips_each_message(string caseName)
    {
        var envelope = Samples().Single(s => s.Case.ToString() == caseName).Envelope;

        var parsed = Envelope.Parser.ParseFrom(envelope.ToByteArray());

        Assert.Equal(envelope, parsed);
        Assert.Equal(caseName, parsed.MessageCase.ToString());
    }

    [Fact]
    public void Every_oneof_case_has_a_sample()
    {
        var covered = Samples().Select(s => s.Case).ToHashSet();
        var all = Enum.GetValues<Envelope.MessageOneofCase>().Where(c => c != Envelope.MessageOneofCase.None);

        Assert.All(all, c => Assert.Contains(c, covered));
    }

    [Fact]
    public void Messages_round_trip_on_their_own()
    {
        AssertRoundTrip(Hello(), Metaverse.Shared.Messages.Hello.Parser);
        AssertRoundTrip(Welcome(), Metaverse.Shared.Messages.Welcome.Parser);
        AssertRoundTrip(new JoinRoom { RoomId = "lab-2" }, JoinRoom.Parser);
        AssertRoundTrip(new LeaveRoom { RoomId = "lab-2" }, LeaveRoom.Parser);
        AssertRoundTrip(RoomJoined(), Metaverse.Shared.Messages.RoomJoined.Parser);
        AssertRoundTrip(RoomLeft(), Metaverse.Shared.Messages.RoomLeft.Parser);
        AssertRoundTrip(Pose(), AvatarPoseIntent.Parser);
        AssertRoundTrip(Snapshot(), Metaverse.Shared.Messages.Snapshot.Parser);
        AssertRoundTrip(new SnapshotAck { Tick = 4_000_000_000 }, SnapshotAck.Parser);
        AssertRoundTrip(Catalog(), TwinCatalog.Parser);
        AssertRoundTrip(Members(), RoomMembers.Parser);
        AssertRoundTrip(Command(), Metaverse.Shared.Messages.Command.Parser);
        AssertRoundTrip(new Command { RequestId = "r2", EntityId = 7, Action = "annotate" }, Metaverse.Shared.Messages.Command.Parser);
        AssertRoundTrip(CommandResult(), Metaverse.Shared.Messages.CommandResult.Parser);
        AssertRoundTrip(Chat(), ChatMessage.Parser);
    }

    [Fact]
    public void Command_target_is_a_oneof()
    {
        var command = Command();
        command.EntityId = 12;

        var parsed = Metaverse.Shared.Messages.Command.Parser.ParseFrom(command.ToByteArray());

        Assert.Equal(Metaverse.Shared.Messages.Command.TargetOneofCase.EntityId, parsed.TargetCase);
        Assert.Equal(string.Empty, parsed.TwinId);
    }

    [Fact]
    public void Empty_envelope_parses_with_no_message()
    {
        Assert.Equal(Envelope.MessageOneofCase.None, Envelope.Parser.ParseFrom([]).MessageCase);
    }

    private static void AssertRoundTrip<T>(T message, MessageParser<T> parser)
        where T : IMessage<T>
    {
        var bytes = message.ToByteArray();

        Assert.Equal(message, parser.ParseFrom(bytes));
        Assert.Equal(message.CalculateSize(), bytes.Length);
    }

    private static IEnumerable<(Envelope.MessageOneofCase Case, Envelope Envelope)> Samples()
    {
        Envelope[] envelopes =
        [
            new() { Hello = Hello() },
            new() { Welcome = Welcome() },
            new() { JoinRoom = new JoinRoom { RoomId = "lab-2" } },
            new() { RoomJoined = RoomJoined() },
            new() { LeaveRoom = new LeaveRoom { RoomId = "lab-2" } },
            new() { RoomLeft = RoomLeft() },
            new() { AvatarPose = Pose() },
            new() { Snapshot = Snapshot() },
            new() { SnapshotAck = new SnapshotAck { Tick = 99 } },
            new() { Command = Command() },
            new() { CommandResult = CommandResult() },
            new() { Chat = Chat() },
            new() { TwinCatalog = Catalog() },
            new() { RoomMembers = Members() },
            new() { ChatBatch = new ChatBatch { Messages = { Chat(), Chat() } } },
        ];
        return envelopes.Select(e => (e.MessageCase, e));
    }

    private static Hello Hello() => new() { ProtocolVersion = 1, ClientName = "Dr. Ærø 🧪", Token = ByteString.CopyFrom([0, 1, 2, 255]) };

    private static Welcome Welcome() => new() { ProtocolVersion = 1, ClientId = 42, RoomId = "lab-2", TickRateHz = 30, ServerTimeUnixUs = 1_767_225_600_000_000, ServerTick = 123_456 };

    private static RoomJoined RoomJoined() => new()
    {
        RoomId = "lab-2",
        AvatarEntityId = 42,
        Tick = 77,
        BoundsMinX = -256,
        BoundsMinY = -16,
        BoundsMinZ = -256,
        BoundsMaxX = 256,
        BoundsMaxY = 48,
        BoundsMaxZ = 256,
    };

    private static RoomLeft RoomLeft() => new() { RoomId = "lab-2", Reason = RoomLeftReason.RoomClosed, Message = "maintenance" };

    private static AvatarPoseIntent Pose() => new()
    {
        Sequence = 17,
        ClientTimeUs = -5,
        Head = new TrackedPose { Position = new Vec3 { X = 1.5f, Y = 1.7f, Z = -2 }, Rotation = new Quat { X = 0, Y = 0.7071068f, Z = 0, W = 0.7071068f }, Tracked = true },
        LeftHand = new TrackedPose { Position = new Vec3 { X = 1.2f, Y = 1.1f, Z = -1.8f }, Rotation = new Quat { W = 1 }, Tracked = true },
        RightHand = new TrackedPose { Position = new Vec3 { X = float.MaxValue, Y = float.Epsilon, Z = -256f }, Rotation = new Quat { X = 1 }, Tracked = false },
    };

    private static RoomMembers Members() => new()
    {
        RoomId = "lobby",
        Full = true,
        Joined = { new RoomMember { AvatarEntityId = 7, Name = "Dr. Ærø", Role = "clinician" } },
        Left = { 3, 4_000_000_000 },
    };

    private static TwinCatalog Catalog() => new()
    {
        RoomId = "lobby",
        Version = 3,
        Twins =
        {
            new TwinDescription
            {
                TwinId = "cdc-line-1",
                Kind = "cdc-line",
                Channels = { new TwinChannelDescription { Name = "feeder.api.flow", Unit = "kg/h", Description = "API mass flow", Deadband = 0.01 } },
            },
        },
    };

    private static Snapshot Snapshot() => new()
    {
        Tick = 1_000,
        BaselineTick = 999,
        LastIntentSequence = 17,
        AckedTick = 999,
        Avatars = ByteString.CopyFrom([0x04, 0xFF, 0x00]),
        TwinCatalogVersion = 3,
        TwinValues = ByteString.CopyFrom([0x00, 0x00, 0x00, 0xC0, 0x3F]),
    };

    private static Command Command() => new()
    {
        RequestId = "6f1c2d7e-0b4a-4f2e-9a51-3c7d2e8b9f10",
        TwinId = "ctm-line-1",
        Action = "set_setpoint",
        Arguments = { ["channel"] = "granulator.speed", ["value"] = "450", ["unit"] = "/min" },
        Reason = "trial run 3",
    };

    private static CommandResult CommandResult() => new()
    {
        RequestId = "6f1c2d7e-0b4a-4f2e-9a51-3c7d2e8b9f10",
        Ok = false,
        ErrorField = "value",
        AcceptedRange = "200–600 /min",
        Message = "value 900 /min is above the maximum 600 /min",
    };

    private static ChatMessage Chat() => new() { FromClientId = 42, FromName = "Ana", Text = "Look at the granulator torque.", UtcUnixMs = 1_767_225_600_000 };
}
