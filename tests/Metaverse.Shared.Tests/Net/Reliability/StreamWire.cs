using Metaverse.Shared.Net;
using Metaverse.Shared.Net.Reliability;
using Metaverse.Shared.Net.Wire;

namespace Metaverse.Shared.Tests.Net.Reliability;

/// <summary>One message as it travels: the parsed header and a copy of its payload.</summary>
internal sealed record WireMessage(MessageHeader Header, byte[] Payload);

/// <summary>Moves messages from a send stream through real datagram-sized buffers and back, without sockets.</summary>
internal static class StreamWire
{
    /// <summary>Message sizes around every fragmentation boundary, up to 35 fragments.</summary>
    public static readonly int[] BoundarySizes =
    [
        0, 1, 100, Protocol.MaxUnfragmentedPayload, Protocol.MaxUnfragmentedPayload + 1, 2 * Protocol.FragmentPayloadBytes,
        (3 * Protocol.FragmentPayloadBytes) + 7, 5000, 10, 40_000, 7, Protocol.FragmentPayloadBytes - 1,
    ];

    /// <summary>Room for messages in one datagram, after the data header.</summary>
    public const int DatagramPayloadBytes = Protocol.MaxDatagramBytes - Protocol.DataHeaderBytes;

    /// <summary>A buffer pool of its own for each stream under test.</summary>
    public static BufferPool NewPool() => new(64L * 1024 * 1024);

    /// <summary>Writes every pending message the window admits, datagram by datagram, and parses them back in send order.</summary>
    /// <summary>
    /// Every <see cref="BoundarySizes"/> message sent on one stream, the datagrams' messages shuffled with
    /// duplicates, and a receive budget of exactly what the sender reserved (an honest sender never overruns it).
    /// </summary>
    public static ShuffledStream Shuffled(DeliveryMethod method, byte channel, int seed)
    {
        var sender = new ReliableSendChannel(method, channel, 0, NewPool());
        var sent = BoundarySizes.Select(Payload).ToList();
        foreach (var message in sent)
        {
            sender.Enqueue(message);
        }

        var wire = SendAll(sender);
        Assert.True(wire.Count > sent.Count, "some messages must have been fragmented");
        var arrivals = ShuffleWithDuplicates(wire, seed, out var duplicates);
        return new ShuffledStream(sent, arrivals, duplicates, new ReceiveBudget((int)sender.WindowReservedBytes));
    }

    public static List<WireMessage> SendAll(ReliableSendChannel sender, List<MessageRef>? written = null)
    {
        var messages = new List<WireMessage>();
        while (sender.HasPending && sender.WindowHasRoom)
        {
            var buffer = new byte[DatagramPayloadBytes];
            var writer = new WireWriter(buffer);
            while (sender.HasPending && sender.WindowHasRoom && sender.TryWriteNew(ref writer, 0, out var reference, out _))
            {
                written?.Add(reference);
            }

            Assert.True(writer.Position > 0, "an empty datagram must take at least one message");
            messages.AddRange(Parse(writer.Written));
        }

        return messages;
    }

    /// <summary>Parses the messages of one datagram body, failing the test on anything malformed.</summary>
    public static List<WireMessage> Parse(ReadOnlySpan<byte> datagram)
    {
        var messages = new List<WireMessage>();
        var reader = new WireReader(datagram);
        while (reader.Remaining > 0)
        {
            Assert.True(MessageHeader.TryRead(ref reader, Protocol.MaxChannels, Protocol.MaxFragments, out var header), "malformed message header");
            Assert.True(reader.TryReadBytes(header.Length, out var payload), "truncated payload");
            messages.Add(new WireMessage(header, payload.ToArray()));
        }

        return messages;
    }

    /// <summary>The messages in a seeded random order, with about a third of them twice.</summary>
    public static WireMessage[] ShuffleWithDuplicates(IReadOnlyList<WireMessage> messages, int seed, out int duplicates)
    {
        var random = new Random(seed);
        var all = new List<WireMessage>(messages);
        foreach (var message in messages)
        {
            if (random.NextDouble() < 0.33)
            {
                all.Add(message);
            }
        }

        duplicates = all.Count - messages.Count;
        var shuffled = all.ToArray();
        random.Shuffle(shuffled);
        return shuffled;
    }

    /// <summary>Deterministic message bytes, different for every (length, tag).</summary>
    public static byte[] Payload(int length, int tag)
    {
        var bytes = new byte[length];
        for (var i = 0; i < length; i++)
        {
            bytes[i] = (byte)((i * 31) + (tag * 17) + (i >> 8));
        }

        return bytes;
    }
}

internal sealed record ShuffledStream(List<byte[]> Sent, WireMessage[] Arrivals, int Duplicates, ReceiveBudget Budget);
