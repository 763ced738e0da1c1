namespace Metaverse.Shared.Net.Reliability;

/// <summary>One ack-eliciting packet awaiting its fate (acked or lost). Reused from slot to slot.</summary>
internal sealed class SentPacket
{
    private MessageRef[] _refs = new MessageRef[4];

    public uint Sequence { get; private set; }

    public long SentMicros { get; private set; }

    public int Bytes { get; private set; }

    /// <summary>True when it carries reliable data and so counts against the congestion window.</summary>
    public bool CountsInFlight { get; set; }

    /// <summary>Still waiting for an ack or a loss verdict.</summary>
    public bool Pending { get; set; }

    /// <summary>Declared lost; an ack arriving afterwards shows the verdict was spurious (reordering, not loss).</summary>
    public bool DeclaredLost { get; set; }

    public int RefCount { get; private set; }

    public ReadOnlySpan<MessageRef> Refs => _refs.AsSpan(0, RefCount);

    public void Reset(uint sequence)
    {
        Sequence = sequence;
        RefCount = 0;
        CountsInFlight = false;
        Pending = false;
        DeclaredLost = false;
    }

    public void AddRef(MessageRef reference)
    {
        if (RefCount == _refs.Length)
        {
            Array.Resize(ref _refs, _refs.Length * 2);
        }

        _refs[RefCount++] = reference;
    }

    public void MarkSent(long sentMicros, int bytes)
    {
        SentMicros = sentMicros;
        Bytes = bytes;
        Pending = true;
    }
}
