namespace Metaverse.Shared.Net.Reliability;

/// <summary>
/// Bytes one connection may hold in reassembly and reordering buffers. An honest sender never exceeds
/// it (it counts the same reservations), so exceeding it is a protocol violation.
/// </summary>
internal sealed class ReceiveBudget(int limitBytes)
{
    public int LimitBytes => limitBytes;

    public long UsedBytes { get; private set; }

    public bool TryReserve(int bytes)
    {
        if (UsedBytes + bytes > limitBytes)
        {
            return false;
        }

        UsedBytes += bytes;
        return true;
    }

    public void Release(int bytes) => UsedBytes -= bytes;
}
