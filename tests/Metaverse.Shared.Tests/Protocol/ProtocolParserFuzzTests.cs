using Metaverse.Shared.Messages;

namespace Metaverse.Shared.Tests.Messages;

/// <summary>Untrusted bytes into <see cref="SessionCodec.Deserialize"/>: a message or null, never an exception.</summary>
public sealed class ProtocolParserFuzzTests
{
    private static readonly byte[] ValidSnapshot = SessionCodec.Serialize(new Snapshot
    {
        Tick = 10,
        BaselineTick = 9,
        Avatars = new byte[40],
        TwinCatalogVersion = 1,
        TwinValues = new byte[10],
    });

    [Fact]
    public void Random_bytes_decode_or_are_refused()
    {
        var random = new Random(1);
        for (var i = 0; i < 20_000; i++)
        {
            var bytes = new byte[random.Next(0, 128)];
            random.NextBytes(bytes);

            SessionCodec.Deserialize(bytes);
        }
    }

    [Fact]
    public void Mutated_and_truncated_valid_messages_decode_or_are_refused()
    {
        var random = new Random(2);
        for (var i = 0; i < 20_000; i++)
        {
            var bytes = (byte[])ValidSnapshot.Clone();
            for (var flips = random.Next(1, 4); flips > 0; flips--)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }

            SessionCodec.Deserialize(bytes.AsSpan(0, random.Next(bytes.Length + 1)));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("c0")] // nil instead of the union
    [InlineData("ff")] // a negative fixint
    [InlineData("9203")] // union key without a body
    [InlineData("92039100")] // JoinRoom with an integer room id
    [InlineData("920391c0")] // JoinRoom with a nil room id
    [InlineData("92639100")] // union key 99: no such message
    [InlineData("930391a0")] // array of 3 announced, 2 present
    [InlineData("920391a000")] // a trailing byte after the message
    public void Malformed_payloads_are_refused(string hex)
    {
        Assert.Null(SessionCodec.Deserialize(Convert.FromHexString(hex)));
    }

    [Fact]
    public void Every_truncation_of_a_valid_message_is_refused()
    {
        for (var length = 0; length < ValidSnapshot.Length; length++)
        {
            Assert.Null(SessionCodec.Deserialize(ValidSnapshot.AsSpan(0, length)));
        }
    }

    [Fact]
    public void A_nil_where_a_list_or_map_is_required_is_refused()
    {
        // ChatBatch [nil]; Command with arguments nil.
        Assert.Null(SessionCodec.Deserialize(Convert.FromHexString("920f91c0")));
        Assert.Null(SessionCodec.Deserialize(Convert.FromHexString("920a96a172c0c0a0c0a0")));
        Assert.IsType<Command>(SessionCodec.Deserialize(Convert.FromHexString("920a96a172c0c0a080a0")));
    }

    [Fact]
    public void A_huge_declared_array_length_is_refused_without_allocating_it()
    {
        // ChatBatch whose message list claims 2^32 - 1 elements; RoomMembers whose left list claims 2^31.
        Assert.Null(SessionCodec.Deserialize(Convert.FromHexString("920f91ddffffffff")));
        Assert.Null(SessionCodec.Deserialize(Convert.FromHexString("920e94a0c290dd80000000")));
    }

    [Fact]
    public void A_huge_declared_string_or_binary_length_is_refused()
    {
        Assert.Null(SessionCodec.Deserialize(Convert.FromHexString("920391dbffffffff61")));
        Assert.Null(SessionCodec.Deserialize(Convert.FromHexString("92089500000000c6ffffffff")));
    }

    [Fact]
    public void Deep_nesting_is_refused_not_overflowed()
    {
        // ChatBatch [[[[…]]]] 100,000 arrays deep where a chat message's fields belong.
        var deep = new byte[100_000 + 3];
        deep[0] = 0x92;
        deep[1] = 0x0F;
        deep.AsSpan(2).Fill(0x91);
        deep[^1] = 0xC0;

        Assert.Null(SessionCodec.Deserialize(deep));
    }
}
