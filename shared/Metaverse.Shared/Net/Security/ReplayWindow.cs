namespace Metaverse.Shared.Net.Security;

/// <summary>
/// Which of the last <see cref="Size"/> nonce counters of one direction were already opened (as netcode.io's replay
/// protection): a counter is new when it is above the highest seen, or within the window and not yet marked. Mark
/// only after the datagram authenticated, so a forged counter cannot advance the window.
/// </summary>
internal sealed class ReplayWindow
{
    public const int Size = 256;
    private readonly ulong[] _seen = new ulong[Size / 64];
    private ulong _highest;
    private bool _any;

    /// <summary>True when <paramref name="counter"/> was never marked and is not older than the window.</summary>
    public bool IsNew(ulong counter)
    {
        if (!_any || counter > _highest)
        {
            return true;
        }

        if (_highest - counter >= Size)
        {
            return false;
        }

        return (_seen[(int)(counter % Size) / 64] & Bit(counter)) == 0;
    }

    /// <summary>Records <paramref name="counter"/> as opened; call after <see cref="IsNew"/> said true and the seal held.</summary>
    public void Mark(ulong counter)
    {
        if (!_any || counter > _highest)
        {
            var advance = _any ? counter - _highest : Size;
            if (advance >= Size)
            {
                Array.Clear(_seen);
            }
            else
            {
                for (var c = _highest + 1; c < counter; c++)
                {
                    _seen[(int)(c % Size) / 64] &= ~Bit(c);
                }
            }

            _highest = counter;
            _any = true;
            _seen[(int)(counter % Size) / 64] &= ~Bit(counter);
        }

        _seen[(int)(counter % Size) / 64] |= Bit(counter);
    }

    private static ulong Bit(ulong counter) => 1UL << (int)(counter % 64);
}
