using Metaverse.Shared.Net.Wire;

namespace Metaverse.Shared.Net.Reliability;

/// <summary>
/// Send side of one reliable stream (a reliable delivery method on one channel). Messages wait in a
/// queue, enter a window of at most <see cref="Protocol.ReliableWindow"/> consecutive ids when first
/// sent, and leave it once acknowledged. Large messages are split into fragments with consecutive ids.
/// </summary>
/// <remarks>
/// Receiver memory invariant: whatever the receiver may be buffering for this stream lies inside
/// [window start, next id), and <see cref="WindowReservedBytes"/> counts it with the same formula the
/// receiver uses (<see cref="Protocol.ReservedBytes"/>). A fragment group leaves the window only when
/// every fragment is acknowledged. ReliableSequenced streams drop older messages when a newer is queued.
/// </remarks>
internal sealed class ReliableSendChannel(DeliveryMethod method, byte channel, byte stream, BufferPool pool)
{
    private readonly Queue<PendingMessage> _pending = new();
    private readonly Queue<ushort> _resend = new();
    private SendSlot[] _ring = new SendSlot[16];
    private ushort _windowStart;
    private ushort _nextId;

    public DeliveryMethod Method => method;

    public byte Stream => stream;

    /// <summary>Bytes queued but never sent.</summary>
    public long PendingBytes { get; private set; }

    /// <summary>Receiver-buffer bytes reserved by messages in the window (see remarks).</summary>
    public long WindowReservedBytes { get; private set; }

    public bool HasResend => _resend.Count > 0;

    public bool HasPending => _pending.Count > 0;

    /// <summary>Reserved bytes the next pending message needs, 0 when it continues an already reserved group.</summary>
    public int NextReservation => _pending.Count > 0 ? _pending.Peek().Reserved : 0;

    public bool WindowHasRoom => (ushort)(_nextId - _windowStart) < Protocol.ReliableWindow;

    public bool IsIdle => _pending.Count == 0 && _windowStart == _nextId;

    /// <summary>Copies the message into pooled buffers, split into fragments when it does not fit one datagram.</summary>
    public void Enqueue(ReadOnlySpan<byte> message)
    {
        if (method == DeliveryMethod.ReliableSequenced)
        {
            Supersede();
        }

        var count = message.Length <= Protocol.MaxUnfragmentedPayload
            ? 1
            : (message.Length + Protocol.FragmentPayloadBytes - 1) / Protocol.FragmentPayloadBytes;
        var size = count == 1 ? message.Length : Protocol.FragmentPayloadBytes;
        for (var index = 0; index < count; index++)
        {
            var part = message.Slice(index * size, Math.Min(size, message.Length - (index * size)));
            var buffer = pool.Rent(part.Length);
            part.CopyTo(buffer);
            var reserved = index == 0 ? Protocol.ReservedBytes(message.Length, count) : 0;
            _pending.Enqueue(new PendingMessage(buffer, part.Length, (ushort)index, (ushort)count, reserved));
            PendingBytes += part.Length;
        }
    }

    /// <summary>Writes the oldest lost message that is still unacknowledged, if it fits.</summary>
    public bool TryWriteResend(ref WireWriter writer, long nowMicros, out MessageRef written)
    {
        written = default;
        while (_resend.TryPeek(out var id))
        {
            ref var slot = ref SlotFor(id);
            if (!slot.Occupied || slot.Id != id || slot.Acked)
            {
                _resend.Dequeue();
                continue;
            }

            if (!TryWrite(ref writer, ref slot, nowMicros))
            {
                return false;
            }

            slot.ResendQueued = false;
            _resend.Dequeue();
            written = new MessageRef(stream, id);
            return true;
        }

        return false;
    }

    /// <summary>Moves the next pending message into the window and writes it, if it fits. The caller checks window room and budgets.</summary>
    public bool TryWriteNew(ref WireWriter writer, long nowMicros, out MessageRef written, out int reserved)
    {
        written = default;
        var message = _pending.Peek();
        reserved = message.Reserved;
        if (!WindowHasRoom || HeaderFor(_nextId, message.FragmentIndex, message.FragmentCount, message.Length).EncodedSize + message.Length > writer.Remaining)
        {
            return false;
        }

        _pending.Dequeue();
        PendingBytes -= message.Length;
        EnsureCapacity();
        var id = _nextId++;
        ref var slot = ref SlotFor(id);
        slot = new SendSlot
        {
            Id = id,
            Occupied = true,
            Buffer = message.Buffer,
            Length = message.Length,
            FragmentIndex = message.FragmentIndex,
            FragmentCount = message.FragmentCount,
            Reserved = message.Reserved,
        };
        WindowReservedBytes += message.Reserved;
        TryWrite(ref writer, ref slot, nowMicros);
        written = new MessageRef(stream, id);
        return true;
    }

    public void OnAcked(ushort id)
    {
        ref var slot = ref SlotFor(id);
        if (!slot.Occupied || slot.Id != id || slot.Acked)
        {
            return;
        }

        slot.Acked = true;
        ReturnBuffer(ref slot);
        AdvanceWindow();
    }

    /// <summary>Queues the message for resending unless it was acked meanwhile (another copy may have arrived).</summary>
    public void OnLost(ushort id)
    {
        ref var slot = ref SlotFor(id);
        if (slot.Occupied && slot.Id == id && !slot.Acked && !slot.ResendQueued)
        {
            slot.ResendQueued = true;
            _resend.Enqueue(id);
        }
    }

    /// <summary>Returns every pooled buffer; the stream is unusable afterwards.</summary>
    public void Release()
    {
        while (_pending.TryDequeue(out var message))
        {
            pool.Return(message.Buffer);
        }

        for (var i = 0; i < _ring.Length; i++)
        {
            ReturnBuffer(ref _ring[i]);
        }

        PendingBytes = 0;
    }

    private bool TryWrite(ref WireWriter writer, ref SendSlot slot, long nowMicros)
    {
        var header = HeaderFor(slot.Id, slot.FragmentIndex, slot.FragmentCount, slot.Length);
        if (header.EncodedSize + slot.Length > writer.Remaining)
        {
            return false;
        }

        header.Write(ref writer);
        writer.WriteBytes(slot.Buffer.AsSpan(0, slot.Length));
        slot.LastSentMicros = nowMicros;
        return true;
    }

    private MessageHeader HeaderFor(ushort id, ushort index, ushort count, int length) =>
        new(method, channel, id, index, count, length);

    private void Supersede()
    {
        while (_pending.TryDequeue(out var message))
        {
            pool.Return(message.Buffer);
        }

        PendingBytes = 0;
        for (var id = _windowStart; id != _nextId; id++)
        {
            ref var slot = ref SlotFor(id);
            slot.Acked = true;
            ReturnBuffer(ref slot);
        }

        AdvanceWindow();
    }

    private void AdvanceWindow()
    {
        while (_windowStart != _nextId)
        {
            ref var slot = ref SlotFor(_windowStart);
            if (!slot.Acked || (slot.FragmentIndex == 0 && slot.FragmentCount > 1 && !IsGroupAcked(_windowStart, slot.FragmentCount)))
            {
                return;
            }

            WindowReservedBytes -= slot.Reserved;
            slot = default;
            _windowStart++;
        }
    }

    private bool IsGroupAcked(ushort start, int count)
    {
        if ((ushort)(_nextId - start) < count)
        {
            return false;
        }

        for (var i = 1; i < count; i++)
        {
            if (!SlotFor((ushort)(start + i)).Acked)
            {
                return false;
            }
        }

        return true;
    }

    private ref SendSlot SlotFor(ushort id) => ref _ring[id & (_ring.Length - 1)];

    private void EnsureCapacity()
    {
        if ((ushort)(_nextId - _windowStart) < _ring.Length)
        {
            return;
        }

        var grown = new SendSlot[_ring.Length * 2];
        for (var id = _windowStart; id != _nextId; id++)
        {
            grown[id & (grown.Length - 1)] = SlotFor(id);
        }

        _ring = grown;
    }

    private void ReturnBuffer(ref SendSlot slot)
    {
        if (slot.Buffer is not null)
        {
            pool.Return(slot.Buffer);
            slot.Buffer = null;
        }
    }

    private readonly record struct PendingMessage(byte[] Buffer, int Length, ushort FragmentIndex, ushort FragmentCount, int Reserved);

    private struct SendSlot
    {
        public ushort Id;
        public bool Occupied;
        public bool Acked;
        public bool ResendQueued;
        public byte[]? Buffer;
        public int Length;
        public ushort FragmentIndex;
        public ushort FragmentCount;
        public int Reserved;
        public long LastSentMicros;
    }
}
