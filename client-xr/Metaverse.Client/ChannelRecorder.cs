namespace Metaverse.Client;

/// <summary>
/// Recent history of chosen twin channels for charts: samples each watched channel's newest value at a fixed
/// interval of local time into a ring of <see cref="Capacity"/> samples (oldest dropped). A channel's history starts
/// with its first value, recorded at the first sample after it arrives; later samples are NaN while the server
/// sends NaN. Values are float32 as replicated. Poll thread only.
/// </summary>
public sealed class ChannelRecorder(TwinChannels channels, double intervalSeconds = 1.0, int capacity = 300)
{
    private readonly Dictionary<(string Twin, string Channel), Ring> _rings = [];
    private double _nextSampleAt = double.NegativeInfinity;

    public int Capacity { get; } = capacity > 1 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "at least 2 samples");

    public double IntervalSeconds { get; } = intervalSeconds > 0 ? intervalSeconds : throw new ArgumentOutOfRangeException(nameof(intervalSeconds), intervalSeconds, "must be positive");

    /// <summary>Starts recording a channel (idempotent); its history begins at the first sample that finds a value.</summary>
    public void Watch(string twinId, string channel) => _rings.TryAdd((twinId, channel), new Ring(Capacity));

    /// <summary>
    /// Takes a sample of every watched channel when <see cref="IntervalSeconds"/> passed since the last one, and of a
    /// channel whose history has not started as soon as it has a value.
    /// </summary>
    public void Sample(double localSeconds)
    {
        var due = localSeconds >= _nextSampleAt;
        if (due)
        {
            _nextSampleAt = localSeconds + IntervalSeconds;
        }

        foreach (var ((twin, channel), ring) in _rings)
        {
            channels.TryGet(twin, channel, out var value);
            if (ring.Count > 0 ? due : !float.IsNaN(value))
            {
                ring.Add(value);
            }
        }
    }

    /// <summary>The recorded samples, oldest first, copied into <paramref name="destination"/>; returns how many.</summary>
    public int CopyHistory(string twinId, string channel, Span<float> destination) =>
        _rings.TryGetValue((twinId, channel), out var ring) ? ring.CopyTo(destination) : 0;

    /// <summary>Forgets every sample (a new room); the watched channels stay watched.</summary>
    public void Reset()
    {
        foreach (var ring in _rings.Values)
        {
            ring.Clear();
        }
    }

    private sealed class Ring(int capacity)
    {
        private readonly float[] _values = new float[capacity];
        private int _next;
        private int _count;

        public int Count => _count;

        public void Add(float value)
        {
            _values[_next] = value;
            _next = (_next + 1) % _values.Length;
            _count = Math.Min(_count + 1, _values.Length);
        }

        public int CopyTo(Span<float> destination)
        {
            var n = Math.Min(_count, destination.Length);
            var start = (_next - n + _values.Length) % _values.Length;
            for (var i = 0; i < n; i++)
            {
                destination[i] = _values[(start + i) % _values.Length];
            }

            return n;
        }

        public void Clear() => (_next, _count) = (0, 0);
    }
}
