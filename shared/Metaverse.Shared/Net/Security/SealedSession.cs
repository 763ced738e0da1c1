using System.Net;

namespace Metaverse.Shared.Net.Security;

/// <summary>
/// One remote's sealing state in a <see cref="SealingLayer"/>: the ciphers of both directions, the next nonce counter
/// to send and the replay window of what was opened. Used only on the thread that polls the host.
/// </summary>
internal sealed class SealedSession(IPEndPoint remote, byte[] sendKey, byte[] receiveKey, SealCipher cipher) : IDisposable
{
    private readonly SealKey _send = new(sendKey, cipher);
    private readonly SealKey _receive = new(receiveKey, cipher);
    private readonly ReplayWindow _replay = new();
    private ulong _nextCounter;

    public IPEndPoint Remote { get; } = remote;

    /// <summary>Set when a sealed datagram from the remote opened: from then on it may not send an unsealed connect request.</summary>
    public bool Confirmed { get; private set; }

    public int Seal(byte[] buffer, int length) => DatagramSeal.Seal(_send, _nextCounter++, buffer, length);

    /// <summary>Opens in place; the plain length, or the reason it was dropped.</summary>
    public (int Length, DropReason? Drop) Open(byte[] buffer, int length)
    {
        if (!DatagramSeal.TryReadCounter(buffer.AsSpan(0, length), out var counter, out var header))
        {
            return (0, DropReason.Malformed);
        }

        if (!_replay.IsNew(counter))
        {
            return (0, DropReason.Replayed);
        }

        var opened = DatagramSeal.Open(_receive, counter, header, buffer, length);
        if (opened < 0)
        {
            return (0, DropReason.BadSeal);
        }

        _replay.Mark(counter);
        Confirmed = true;
        return (opened, null);
    }

    public void Dispose()
    {
        _send.Dispose();
        _receive.Dispose();
    }
}
