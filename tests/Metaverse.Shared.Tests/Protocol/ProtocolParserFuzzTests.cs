using Google.Protobuf;
using Metaverse.Shared.Messages;

namespace Metaverse.Shared.Tests.Messages;

/// <summary>Untrusted bytes into the generated parsers: the only exception allowed is InvalidProtocolBufferException.</summary>
public sealed class ProtocolParserFuzzTests
{
    private static readonly MessageParser[] Parsers =
    [
        Envelope.Parser, Hello.Parser, Welcome.Parser, JoinRoom.Parser, LeaveRoom.Parser, RoomJoined.Parser, RoomLeft.Parser,
        AvatarPoseIntent.Parser, Snapshot.Parser, SnapshotAck.Parser, TwinCatalog.Parser, Command.Parser,
        CommandResult.Parser, ChatMessage.Parser,
    ];

    [Fact]
    public void Random_bytes_parse_or_throw_only_InvalidProtocolBufferException()
    {
        var random = new Random(1);
        for (var i = 0; i < 20_000; i++)
        {
            var bytes = new byte[random.Next(0, 128)];
            random.NextBytes(bytes);

            AssertParsesOrRejects(Parsers[i % Parsers.Length], bytes);
        }
    }

    [Fact]
    public void Mutated_valid_envelopes_parse_or_throw_only_InvalidProtocolBufferException()
    {
        var random = new Random(2);
        var valid = new Envelope
        {
            Snapshot = new Snapshot
            {
                Tick = 10,
                BaselineTick = 9,
                Avatars = ByteString.CopyFrom(new byte[40]),
                TwinCatalogVersion = 1,
                TwinValues = ByteString.CopyFrom(new byte[10]),
            },
        }.ToByteArray();
        for (var i = 0; i < 20_000; i++)
        {
            var bytes = (byte[])valid.Clone();
            for (var flips = random.Next(1, 4); flips > 0; flips--)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }

            AssertParsesOrRejects(Envelope.Parser, bytes.AsSpan(0, random.Next(bytes.Length + 1)).ToArray());
        }
    }

    [Fact]
    public void Deeply_nested_unknown_groups_are_rejected_not_overflowed()
    {
        // Start-group tags of unknown field 15, 100,000 deep: beyond the parser's recursion limit.
        var bytes = Enumerable.Repeat((byte)0x7B, 100_000).ToArray();

        Assert.Throws<InvalidProtocolBufferException>(() => Envelope.Parser.ParseFrom(bytes));
    }

    private static void AssertParsesOrRejects(MessageParser parser, byte[] bytes)
    {
        try
        {
            parser.ParseFrom(bytes);
        }
        catch (InvalidProtocolBufferException)
        {
            // The one accepted failure.
        }
    }
}
