using Google.Protobuf;

namespace Metaverse.Server.Sessions;

/// <summary>
/// One client's snapshot of this tick, composed (possibly on a worker thread) and then sent by the
/// simulation thread. Its buffer is reused tick after tick; <see cref="CatalogDue"/> asks for the room's
/// twin catalog to go first.
/// </summary>
internal sealed class OutgoingSnapshot
{
    private byte[] _buffer = new byte[1500];
    private int _length;

    public bool CatalogDue { get; set; }

    public ReadOnlySpan<byte> Message => _buffer.AsSpan(0, _length);

    /// <summary>Serializes <paramref name="envelope"/> into the buffer, growing it when needed.</summary>
    public void Write(IMessage envelope)
    {
        _length = envelope.CalculateSize();
        if (_buffer.Length < _length)
        {
            _buffer = new byte[_length * 2];
        }

        envelope.WriteTo(_buffer.AsSpan(0, _length));
    }
}
