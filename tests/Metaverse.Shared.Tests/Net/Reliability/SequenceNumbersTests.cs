using Metaverse.Shared.Net.Reliability;

namespace Metaverse.Shared.Tests.Net.Reliability;

public sealed class SequenceNumbersTests
{
    [Theory]
    [InlineData((ushort)1, (ushort)0, true)]
    [InlineData((ushort)0, (ushort)1, false)]
    [InlineData((ushort)7, (ushort)7, false)]
    [InlineData((ushort)0, ushort.MaxValue, true)]
    [InlineData(ushort.MaxValue, (ushort)0, false)]
    [InlineData((ushort)5, (ushort)65530, true)]
    [InlineData((ushort)65530, (ushort)5, false)]
    [InlineData((ushort)32767, (ushort)0, true)]
    [InlineData((ushort)32768, (ushort)0, false)]
    public void IsNewer_for_16_bit_ids_wraps_around(ushort candidate, ushort reference, bool newer)
    {
        Assert.Equal(newer, SequenceNumbers.IsNewer(candidate, reference));
    }

    [Theory]
    [InlineData(1u, 0u, true)]
    [InlineData(0u, 1u, false)]
    [InlineData(9u, 9u, false)]
    [InlineData(1u, uint.MaxValue, true)]
    [InlineData(uint.MaxValue, 1u, false)]
    [InlineData(0u, uint.MaxValue, true)]
    [InlineData(100u, uint.MaxValue - 100, true)]
    [InlineData(0x7FFFFFFFu, 0u, true)]
    [InlineData(0x80000000u, 0u, false)]
    public void IsNewer_for_32_bit_sequences_wraps_around(uint candidate, uint reference, bool newer)
    {
        Assert.Equal(newer, SequenceNumbers.IsNewer(candidate, reference));
    }

    [Theory]
    [InlineData(1u, 2u)]
    [InlineData(0x7FFFFFFFu, 0x80000000u)]
    [InlineData(uint.MaxValue - 1, uint.MaxValue)]
    [InlineData(uint.MaxValue, 1u)]
    public void NextPacket_increments_and_skips_zero_on_wrap(uint sequence, uint next)
    {
        Assert.Equal(next, SequenceNumbers.NextPacket(sequence));
    }

    [Fact]
    public void NextPacket_sequence_stays_newer_than_its_predecessor_across_the_wrap()
    {
        var sequence = uint.MaxValue - 3;
        for (var i = 0; i < 8; i++)
        {
            var next = SequenceNumbers.NextPacket(sequence);
            Assert.NotEqual(0u, next);
            Assert.True(SequenceNumbers.IsNewer(next, sequence));
            sequence = next;
        }
    }
}
