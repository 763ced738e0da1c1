using System.Globalization;

namespace Metaverse.Client;

/// <summary>
/// Checks received chat per sender against the sequence number each sender writes at the end of its text
/// ("name #17", numbered from 1). Memory per sender is constant while messages arrive in order: only
/// numbers received above a gap are remembered.
/// </summary>
public sealed class ChatTracker
{
    private readonly Dictionary<uint, SenderState> _senders = [];

    /// <summary>Messages received, duplicates and unnumbered ones included.</summary>
    public long Received { get; private set; }

    /// <summary>Distinct numbered messages received.</summary>
    public long Distinct { get; private set; }

    /// <summary>Numbered messages whose number had already been received from that sender.</summary>
    public long Duplicates { get; private set; }

    /// <summary>Numbered messages that arrived after a higher number from the same sender.</summary>
    public long OutOfOrder { get; private set; }

    /// <summary>Messages without a "#n" number at the end.</summary>
    public long Unnumbered { get; private set; }

    /// <summary>Numbers not (yet) received below the highest one received, summed over senders.</summary>
    public long Gaps => _senders.Values.Sum(s => s.Highest - s.Count);

    public IReadOnlyCollection<uint> Senders => _senders.Keys;

    /// <summary>Records one received message of <paramref name="senderId"/>.</summary>
    public void Record(uint senderId, string text)
    {
        Received++;
        if (!TryParseNumber(text, out var number))
        {
            Unnumbered++;
            return;
        }

        if (!_senders.TryGetValue(senderId, out var state))
        {
            state = new SenderState();
            _senders[senderId] = state;
        }

        if (number <= state.Contiguous || state.Above.Contains(number))
        {
            Duplicates++;
            return;
        }

        if (number < state.Highest)
        {
            OutOfOrder++;
        }

        Distinct++;
        state.Count++;
        state.Highest = Math.Max(state.Highest, number);
        if (number == state.Contiguous + 1)
        {
            state.Contiguous = number;
            while (state.Above.Remove(state.Contiguous + 1))
            {
                state.Contiguous++;
            }
        }
        else
        {
            state.Above.Add(number);
        }
    }

    /// <summary>Distinct numbered messages received from <paramref name="senderId"/>.</summary>
    public long ReceivedFrom(uint senderId) => _senders.TryGetValue(senderId, out var s) ? s.Count : 0;

    /// <summary>Highest number received from <paramref name="senderId"/>, 0 when none.</summary>
    public long HighestFrom(uint senderId) => _senders.TryGetValue(senderId, out var s) ? s.Highest : 0;

    /// <summary>Of the messages 1..<paramref name="sent"/> that <paramref name="senderId"/> sent, how many have not arrived.</summary>
    public long MissingFrom(uint senderId, long sent)
    {
        if (!_senders.TryGetValue(senderId, out var s))
        {
            return Math.Max(0, sent);
        }

        var received = s.Highest <= sent ? s.Count : Math.Min(sent, s.Contiguous) + s.Above.Count(n => n <= sent && n > s.Contiguous);
        return Math.Max(0, sent - received);
    }

    /// <summary>The number after the last '#' when the text ends with "#digits"; numbers start at 1.</summary>
    public static bool TryParseNumber(string? text, out long number)
    {
        number = 0;
        var hash = text?.LastIndexOf('#') ?? -1;
        return text is not null && hash >= 0
            && long.TryParse(text.AsSpan(hash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out number)
            && number >= 1;
    }

    private sealed class SenderState
    {
        /// <summary>Every number up to this one has been received.</summary>
        public long Contiguous { get; set; }

        public long Highest { get; set; }

        public long Count { get; set; }

        /// <summary>Numbers received above <see cref="Contiguous"/> + 1.</summary>
        public HashSet<long> Above { get; } = [];
    }
}
