using Metaverse.Server.Twins;
using Metaverse.Shared.Replication;

namespace Metaverse.Server.Sessions;

/// <summary>
/// One client's view of the room's twin channels. Each snapshot carries the channels that moved beyond
/// their deadband since the value the client is known to hold (the newest it acknowledged with the same
/// catalog version); when more changed than fit <see cref="BytesPerSnapshot"/>, the ones sent longest
/// ago go first, so none starves. Unacknowledged values are sent again until a snapshot carrying them
/// is acknowledged. Allocation-free per tick once sized. Simulation thread only.
/// </summary>
internal sealed class ClientTwinReplication(int bytesPerSnapshot)
{
    private const int SentRing = 64;
    private readonly SentValues[] _sent = new SentValues[SentRing];
    private uint _catalogVersion;
    private float[] _held = [];
    private bool[] _known = [];
    private long[] _lastSentTick = [];
    private int[] _candidates = [];
    private long[] _candidateAge = [];
    private byte[] _buffer = [];

    public int BytesPerSnapshot => bytesPerSnapshot;

    /// <summary>The catalog version the client was last sent; the caller sends a new catalog when it differs.</summary>
    public uint CatalogVersion => _catalogVersion;

    /// <summary>Starts over for a new catalog: the client holds no value of it yet.</summary>
    public void Reset(uint catalogVersion, int channelCount)
    {
        _catalogVersion = catalogVersion;
        _held = new float[channelCount];
        _known = new bool[channelCount];
        _lastSentTick = new long[channelCount];
        Array.Fill(_lastSentTick, long.MinValue);
        _candidates = new int[channelCount];
        _candidateAge = new long[channelCount];
        _buffer = new byte[channelCount * TwinValueCodec.MaxBytesPerValue];
        for (var i = 0; i < SentRing; i++)
        {
            _sent[i] = new SentValues(channelCount);
        }
    }

    /// <summary>Encodes this tick's changed values; the returned bytes are valid until the next call.</summary>
    public ReadOnlyMemory<byte> Encode(uint tick, RoomTwins twins)
    {
        var current = twins.Values;
        var count = Changed(current, twins.Deadbands);
        var limit = Math.Max(1, bytesPerSnapshot / 5);
        if (count > limit)
        {
            Array.Sort(_candidateAge, _candidates, 0, count);
            count = limit;
            Array.Sort(_candidates, 0, count);
        }

        var sent = _sent[tick % SentRing];
        sent.Tick = tick;
        sent.Count = count;
        for (var i = 0; i < count; i++)
        {
            var index = _candidates[i];
            sent.Indices[i] = index;
            sent.Values[i] = (float)current[index];
            _lastSentTick[index] = tick;
        }

        var length = TwinValueCodec.Encode(sent.Indices.AsSpan(0, count), sent.Values.AsSpan(0, count), _buffer);
        return _buffer.AsMemory(0, length);
    }

    /// <summary>The client acknowledged snapshot <paramref name="tick"/>, decoded with catalog <paramref name="catalogVersion"/>.</summary>
    public void Acknowledge(uint tick, uint catalogVersion)
    {
        var sent = _sent[tick % SentRing];
        if (catalogVersion != _catalogVersion || sent is null || sent.Tick != tick)
        {
            return;
        }

        for (var i = 0; i < sent.Count; i++)
        {
            _held[sent.Indices[i]] = sent.Values[i];
            _known[sent.Indices[i]] = true;
        }

        sent.Count = 0;
    }

    private int Changed(ReadOnlySpan<double> current, ReadOnlySpan<double> deadbands)
    {
        var count = 0;
        for (var i = 0; i < current.Length; i++)
        {
            if (!_known[i] || Moved((float)current[i], _held[i], deadbands[i]))
            {
                _candidates[count] = i;
                _candidateAge[count] = _lastSentTick[i];
                count++;
            }
        }

        return count;
    }

    /// <summary>Compared as sent (float32): NaN to or from a number counts as moved; NaN to NaN does not.</summary>
    private static bool Moved(float now, float held, double deadband) =>
        float.IsNaN(now) || float.IsNaN(held)
            ? float.IsNaN(now) != float.IsNaN(held)
            : deadband > 0 ? Math.Abs(now - (double)held) > deadband : now != held;

    private sealed class SentValues(int capacity)
    {
        public uint Tick { get; set; }

        public int Count { get; set; }

        public int[] Indices { get; } = new int[capacity];

        public float[] Values { get; } = new float[capacity];
    }
}
