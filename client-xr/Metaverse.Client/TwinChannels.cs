using Metaverse.Shared.Messages;
using Metaverse.Shared.Replication;

namespace Metaverse.Client;

/// <summary>
/// The twin channels of the joined room as this client holds them: the catalog the server sent and
/// the newest value of each channel (a value from an older snapshot never overwrites a newer one).
/// Values are float32 as replicated; NaN until the first arrives. Poll thread only.
/// </summary>
public sealed class TwinChannels
{
    private readonly Dictionary<(string Twin, string Channel), int> _index = [];
    private float[] _values = [];
    private uint[] _ticks = [];

    /// <summary>The catalog version held; 0 before any.</summary>
    public uint Version { get; private set; }

    public TwinCatalog? Catalog { get; private set; }

    /// <summary>Channels that received at least one value.</summary>
    public int ChannelsWithValues => _ticks.Count(t => t != 0);

    /// <summary>Snapshots whose twin values did not decode against the catalog (counted, then ignored).</summary>
    public long Undecodable { get; private set; }

    public void Apply(TwinCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _index.Clear();
        foreach (var twin in catalog.Twins)
        {
            foreach (var channel in twin.Channels)
            {
                _index[(twin.TwinId, channel.Name)] = _index.Count;
            }
        }

        _values = new float[_index.Count];
        Array.Fill(_values, float.NaN);
        _ticks = new uint[_index.Count];
        Catalog = catalog;
        Version = catalog.Version;
    }

    /// <summary>Applies a snapshot's values; false when they were encoded for another catalog or did not decode.</summary>
    public bool Apply(uint tick, uint version, ReadOnlySpan<byte> values)
    {
        if (version == 0 || version != Version)
        {
            return false;
        }

        if (!TwinValueCodec.TryDecode(values, _values.Length, (i, v) => Set(i, v, tick)))
        {
            Undecodable++;
            return false;
        }

        return true;
    }

    /// <summary>The newest value of a channel; false when the catalog has no such channel.</summary>
    public bool TryGet(string twinId, string channel, out float value)
    {
        var found = _index.TryGetValue((twinId, channel), out var i);
        value = found ? _values[i] : float.NaN;
        return found;
    }

    /// <summary>Forgets everything (the client left the room).</summary>
    public void Clear()
    {
        _index.Clear();
        _values = [];
        _ticks = [];
        Catalog = null;
        Version = 0;
    }

    private void Set(int index, float value, uint tick)
    {
        if (tick > _ticks[index])
        {
            _values[index] = value;
            _ticks[index] = tick;
        }
    }
}
