namespace Metaverse.Twins.Core;

/// <summary>
/// Channel values sampled over simulated time: one row per output time, one column per channel.
/// Built by <see cref="TwinRunner"/>; written as JSON, CSV or SVG by the server's CLI.
/// </summary>
public sealed class Trajectory(IReadOnlyList<ChannelSpec> channels)
{
    private readonly List<double> _times = [];
    private readonly List<double[]> _rows = [];

    public IReadOnlyList<ChannelSpec> Channels => channels;

    /// <summary>Sample times, seconds of simulated time.</summary>
    public IReadOnlyList<double> TimesSeconds => _times;

    public IReadOnlyList<double[]> Rows => _rows;

    public void Add(double timeSeconds, ReadOnlySpan<double> values)
    {
        if (values.Length != channels.Count)
        {
            throw new ArgumentException($"a row needs {channels.Count} values, got {values.Length}", nameof(values));
        }

        _times.Add(timeSeconds);
        _rows.Add(values.ToArray());
    }

    /// <summary>The column of one channel, or throws when the twin has no such channel.</summary>
    public double[] Column(string channel)
    {
        var index = IndexOf(channel);
        return index < 0
            ? throw new KeyNotFoundException($"no channel '{channel}'")
            : _rows.Select(r => r[index]).ToArray();
    }

    public int IndexOf(string channel)
    {
        for (var i = 0; i < channels.Count; i++)
        {
            if (channels[i].Name == channel)
            {
                return i;
            }
        }

        return -1;
    }
}
