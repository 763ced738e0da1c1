using System.Buffers;
using Metaverse.Shared.Messages;

namespace Metaverse.Server.Sessions;

/// <summary>
/// One client's snapshot of this tick, composed (possibly on a worker thread) and then sent by the
/// simulation thread. Its buffer is reused tick after tick; <see cref="CatalogDue"/> asks for the room's
/// twin catalog to go first.
/// </summary>
internal sealed class OutgoingSnapshot
{
    private readonly ArrayBufferWriter<byte> _buffer = new(1500);

    public bool CatalogDue { get; set; }

    public ReadOnlySpan<byte> Message => _buffer.WrittenSpan;

    /// <summary>Serializes <paramref name="snapshot"/> into the buffer in place of the previous one; the buffer grows when needed.</summary>
    public void Write(Snapshot snapshot)
    {
        _buffer.ResetWrittenCount();
        SessionCodec.Serialize(_buffer, snapshot);
    }
}
