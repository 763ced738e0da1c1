namespace Metaverse.Server.Twins;

/// <summary>
/// The recent past of a twin's channels for charts: a fixed ring of rows (simulated time, then every
/// channel), recorded every <see cref="RecordEveryTicks"/> ticks; the oldest row is overwritten first.
/// Simulation thread only; copies handed out are the caller's.
/// </summary>
public sealed class ChannelHistory(int width, int capacity, int recordEveryTicks)
{
    private readonly double[] _rows = new double[width * capacity];
    private int _next;
    private int _count;
    private long _ticks;

    public int RecordEveryTicks => recordEveryTicks;

    public int Count => _count;

    /// <summary>Called every tick; keeps one row in <see cref="RecordEveryTicks"/>.</summary>
    public void Offer(ReadOnlySpan<double> row)
    {
        if (_ticks++ % recordEveryTicks != 0)
        {
            return;
        }

        row.CopyTo(_rows.AsSpan(_next * width, width));
        _next = (_next + 1) % capacity;
        _count = Math.Min(_count + 1, capacity);
    }

    /// <summary>The rows oldest first, each a copy.</summary>
    public List<double[]> Rows()
    {
        var rows = new List<double[]>(_count);
        var first = (_next - _count + capacity) % capacity;
        for (var i = 0; i < _count; i++)
        {
            rows.Add(_rows.AsSpan(((first + i) % capacity) * width, width).ToArray());
        }

        return rows;
    }
}
