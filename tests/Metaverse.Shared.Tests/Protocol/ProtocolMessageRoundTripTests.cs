using System.Reflection;
using MessagePack;
using Metaverse.Shared.Messages;

namespace Metaverse.Shared.Tests.Messages;

/// <summary>Every session message, fully populated, survives <see cref="SessionCodec"/> as the union it travels in.</summary>
public sealed class ProtocolMessageRoundTripTests
{
    public static TheoryData<string> MessageTypes() => [.. Samples().Select(s => s.GetType().Name)];

    [Theory]
    [MemberData(nameof(MessageTypes))]
    public void Each_message_round_trips(string typeName)
    {
        var message = Samples().Single(s => s.GetType().Name == typeName);
        var bytes = SessionCodec.Serialize(message);

        var parsed = SessionCodec.Deserialize(bytes);

        Assert.IsType(message.GetType(), parsed);
        Assert.Equal(bytes, SessionCodec.Serialize(parsed!));
    }

    [Fact]
    public void Every_union_member_has_a_sample_and_its_old_oneof_number()
    {
        var keys = typeof(ISessionMessage).GetCustomAttributes<UnionAttribute>().ToDictionary(u => u.SubType, u => u.Key);
        var samples = Samples().ToList();

        Assert.Equal(17, keys.Count);
        Assert.Equal(keys.Keys.OrderBy(t => t.Name), samples.Select(s => s.GetType()).OrderBy(t => t.Name));
        Assert.All(samples, s => Assert.Equal(keys[s.GetType()], SessionCodec.Serialize(s)[1]));
    }

    [Fact]
    public void A_union_payload_is_the_key_then_the_body_as_an_array()
    {
        var bytes = SessionCodec.Serialize(new JoinRoom { RoomId = "lab" });

        // fixarray(2), key 3, fixarray(1), fixstr(3) "lab"
        Assert.Equal(new byte[] { 0x92, 0x03, 0x91, 0xA3, (byte)'l', (byte)'a', (byte)'b' }, bytes);
    }

    [Fact]
    public void Fields_keep_their_values()
    {
        var hello = Assert.IsType<Hello>(SessionCodec.Deserialize(SessionCodec.Serialize(Hello())));
        var snapshot = Assert.IsType<Snapshot>(SessionCodec.Deserialize(SessionCodec.Serialize(Snapshot())));
        var command = Assert.IsType<Command>(SessionCodec.Deserialize(SessionCodec.Serialize(Command())));
        var pose = Assert.IsType<AvatarPoseIntent>(SessionCodec.Deserialize(SessionCodec.Serialize(Pose())));
        var refresh = Assert.IsType<RefreshSession>(SessionCodec.Deserialize(SessionCodec.Serialize(Refresh())));

        Assert.Equal("Dr. Ærø 🧪", hello.ClientName);
        Assert.Equal(new byte[] { 0, 1, 2, 255 }, refresh.Token.ToArray());
        Assert.Equal((1_000u, 999u, 17u, 999u, 3u), (snapshot.Tick, snapshot.BaselineTick, snapshot.LastIntentSequence, snapshot.AckedTick, snapshot.TwinCatalogVersion));
        Assert.Equal(new byte[] { 0x04, 0xFF, 0x00 }, snapshot.Avatars.ToArray());
        Assert.Equal(new byte[] { 0x00, 0x00, 0x00, 0xC0, 0x3F }, snapshot.TwinValues.ToArray());
        Assert.Equal(("ctm-line-1", (uint?)null, "450"), (command.TwinId, command.EntityId, command.Arguments["value"]));
        Assert.Equal((-5L, float.MaxValue, false), (pose.ClientTimeUs, pose.RightHand!.Position!.X, pose.RightHand.Tracked));
        Assert.True(pose.PackedPose.IsEmpty);
    }

    [Fact]
    public void Command_target_members_are_optional()
    {
        var toEntity = Assert.IsType<Command>(SessionCodec.Deserialize(SessionCodec.Serialize(new Command { RequestId = "r2", EntityId = 7, Action = "annotate" })));
        var roomLevel = Assert.IsType<Command>(SessionCodec.Deserialize(SessionCodec.Serialize(new Command { RequestId = "r3", Action = "room.create" })));

        Assert.Equal((null, (uint?)7), (toEntity.TwinId, toEntity.EntityId));
        Assert.Equal((null, (uint?)null), (roomLevel.TwinId, roomLevel.EntityId));
    }

    [Fact]
    public void Pose_parts_left_out_stay_null()
    {
        var intent = new AvatarPoseIntent { Sequence = 1, PackedPose = new byte[28] };

        var parsed = Assert.IsType<AvatarPoseIntent>(SessionCodec.Deserialize(SessionCodec.Serialize(intent)));

        Assert.Equal((null, null, null, 28), (parsed.Head, parsed.LeftHand, parsed.RightHand, parsed.PackedPose.Length));
    }

    private static IEnumerable<ISessionMessage> Samples() =>
    [
        Hello(),
        Welcome(),
        new JoinRoom { RoomId = "lab-2" },
        RoomJoined(),
        new LeaveRoom { RoomId = "lab-2" },
        RoomLeft(),
        Pose(),
        Snapshot(),
        new SnapshotAck { Tick = 4_000_000_000, TwinCatalogVersion = 3 },
        Command(),
        CommandResult(),
        Chat(),
        Catalog(),
        Members(),
        new ChatBatch { Messages = { Chat(), Chat() } },
        Refresh(),
        new SessionRefreshed { Ok = false, ExpiresUnixMs = 1_767_225_600_000, Message = "the token belongs to another user or role" },
    ];

    private static Hello Hello() => new() { ProtocolVersion = 1, ClientName = "Dr. Ærø 🧪" };

    private static RefreshSession Refresh() => new() { Token = new byte[] { 0, 1, 2, 255 } };

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
        Avatars = new byte[] { 0x04, 0xFF, 0x00 },
        TwinCatalogVersion = 3,
        TwinValues = new byte[] { 0x00, 0x00, 0x00, 0xC0, 0x3F },
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
