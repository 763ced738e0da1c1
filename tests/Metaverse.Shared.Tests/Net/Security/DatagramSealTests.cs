using Metaverse.Shared.Net.Security;

namespace Metaverse.Shared.Tests.Net.Security;

public sealed class DatagramSealTests
{
    private static readonly byte[] Packet = "a LiteNetLib packet, sealed in place"u8.ToArray();

    public static TheoryData<ulong, int> CountersAndTheirBytes => new()
    {
        { 0, 1 },
        { 0xFF, 1 },
        { 0x100, 2 },
        { 0xFFFF, 2 },
        { 0x1_0000, 3 },
        { 0x1234_5678, 4 },
        { 0x12_3456_789A, 5 },
        { 0x1234_5678_9ABC, 6 },
        { 0x12_3456_789A_BCDE, 7 },
        { 0x0100_0000_0000_0000, 8 },
        { ulong.MaxValue, 8 },
    };

    [Theory]
    [MemberData(nameof(CountersAndTheirBytes))]
    public void A_sealed_packet_opens_to_itself_with_the_counter_in_the_fewest_bytes(ulong counter, int counterBytes)
    {
        using var cipher = new SealKey(Key(1), SealCipher.ChaCha20Poly1305);
        var buffer = Sealed(cipher, counter, out var length);

        Assert.Equal(counterBytes, DatagramSeal.CounterBytes(counter));
        Assert.Equal(0x10 | counterBytes, buffer[0]);
        Assert.Equal(1 + counterBytes + Packet.Length + DatagramSeal.TagBytes, length);
        Assert.True(DatagramSeal.TryReadCounter(buffer.AsSpan(0, length), out var read, out var header));
        Assert.Equal(counter, read);
        Assert.Equal(1 + counterBytes, header);
        var opened = DatagramSeal.Open(cipher, read, header, buffer, length);
        Assert.Equal(Packet, buffer[..opened]);
    }

    [Fact]
    public void The_ciphertext_does_not_hold_the_packet()
    {
        using var cipher = new SealKey(Key(1), SealCipher.ChaCha20Poly1305);
        var buffer = Sealed(cipher, 42, out var length);

        Assert.True(buffer.AsSpan(0, length).IndexOf("LiteNetLib"u8) < 0);
    }

    [Fact]
    public void Any_altered_byte_fails_to_open()
    {
        using var cipher = new SealKey(Key(1), SealCipher.ChaCha20Poly1305);
        var original = Sealed(cipher, 0x1234, out var length);

        for (var position = 0; position < length; position++)
        {
            var buffer = (byte[])original.Clone();
            buffer[position] ^= 0x01;
            var opened = DatagramSeal.TryReadCounter(buffer.AsSpan(0, length), out var counter, out var header)
                ? DatagramSeal.Open(cipher, counter, header, buffer, length)
                : -1;
            Assert.True(opened < 0, $"a flip at byte {position} still opened");
        }
    }

    [Fact]
    public void A_seal_made_with_another_key_fails_to_open()
    {
        using var sealer = new SealKey(Key(1), SealCipher.ChaCha20Poly1305);
        using var other = new SealKey(Key(2), SealCipher.ChaCha20Poly1305);
        var buffer = Sealed(sealer, 7, out var length);

        Assert.True(DatagramSeal.TryReadCounter(buffer.AsSpan(0, length), out var counter, out var header));
        Assert.Equal(-1, DatagramSeal.Open(other, counter, header, buffer, length));
    }

    [Fact]
    public void With_aes_256_gcm_a_packet_opens_to_itself_any_altered_byte_fails_and_a_chacha_key_of_the_same_bytes_does_not_open_it()
    {
        if (!SealCiphers.Supported.Contains(SealCipher.Aes256Gcm))
        {
            Assert.Throws<PlatformNotSupportedException>(() => new SealKey(Key(1), SealCipher.Aes256Gcm));
            return;
        }

        using var aes = new SealKey(Key(1), SealCipher.Aes256Gcm);
        using var chacha = new SealKey(Key(1), SealCipher.ChaCha20Poly1305);
        var original = Sealed(aes, 0xABCD, out var length);

        Assert.True(DatagramSeal.TryReadCounter(original.AsSpan(0, length), out var counter, out var header));
        Assert.Equal(-1, DatagramSeal.Open(chacha, counter, header, (byte[])original.Clone(), length));
        for (var position = header; position < length; position++)
        {
            var altered = (byte[])original.Clone();
            altered[position] ^= 0x80;
            Assert.Equal(-1, DatagramSeal.Open(aes, counter, header, altered, length));
        }

        var opened = DatagramSeal.Open(aes, counter, header, original, length);
        Assert.Equal(Packet, original[..opened]);
    }

    [Theory]
    [InlineData(new byte[] { })]
    [InlineData(new byte[] { 0x11 })]
    [InlineData(new byte[] { 0x00, 0x06, 1, 2, 3 })]
    [InlineData(new byte[] { 0x20, 1, 2, 3 })]
    [InlineData(new byte[] { 0x10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19 })]
    [InlineData(new byte[] { 0x19, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29 })]
    public void A_datagram_with_a_foreign_prefix_or_too_short_for_its_seal_is_refused(byte[] datagram) =>
        Assert.False(DatagramSeal.TryReadCounter(datagram, out _, out _));

    [Fact]
    public void The_shortest_datagram_is_prefix_counter_one_byte_and_tag()
    {
        var shortest = new byte[1 + 1 + 1 + DatagramSeal.TagBytes];
        shortest[0] = 0x11;

        Assert.True(DatagramSeal.TryReadCounter(shortest, out _, out _));
        Assert.False(DatagramSeal.TryReadCounter(shortest.AsSpan(0, shortest.Length - 1), out _, out _));
    }

    private static byte[] Key(byte seed)
    {
        var key = new byte[SessionKeys.KeyBytes];
        new Random(seed).NextBytes(key);
        return key;
    }

    private static byte[] Sealed(SealKey cipher, ulong counter, out int length)
    {
        var buffer = new byte[Packet.Length + DatagramSeal.MaxOverhead];
        Packet.CopyTo(buffer, 0);
        length = DatagramSeal.Seal(cipher, counter, buffer, Packet.Length);
        return buffer;
    }
}
