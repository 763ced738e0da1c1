using System.Buffers;
using MessagePack;

namespace Metaverse.Shared.Messages;

/// <summary>
/// Session messages to and from bytes (docs/SESSION_PROTOCOL.md): every payload is one
/// <see cref="ISessionMessage"/> union, <c>[key, body]</c>. Reading treats the bytes as untrusted
/// (<see cref="MessagePackSecurity.UntrustedData"/>: bounded depth, collision-resistant map hashing),
/// on the server and on the client alike, and refuses a nil where the schema has no optional value.
/// </summary>
public static class SessionCodec
{
    private static readonly MessagePackSerializerOptions Options = MessagePackSerializerOptions.Standard
        .WithResolver(SessionResolver.Instance)
        .WithSecurity(MessagePackSecurity.UntrustedData);

    /// <summary>The message as a new array, for a send that keeps it (reliable channels hold the bytes until acknowledged).</summary>
    public static byte[] Serialize(ISessionMessage message) => MessagePackSerializer.Serialize(message, Options);

    /// <summary>Appends the message to <paramref name="writer"/>, for senders that reuse one buffer.</summary>
    public static void Serialize(IBufferWriter<byte> writer, ISessionMessage message) => MessagePackSerializer.Serialize(writer, message, Options);

    /// <summary>
    /// The one message <paramref name="payload"/> holds, or null when it is not exactly one well-formed
    /// message: empty, truncated, trailing bytes, an unknown union key, a wrong type or a nil where a value is
    /// required, a declared length beyond the payload, nesting deeper than the security limit.
    /// Byte members are copied out, so the payload may be reused afterwards.
    /// </summary>
    public static ISessionMessage? Deserialize(ReadOnlySpan<byte> payload)
    {
        var rented = ArrayPool<byte>.Shared.Rent(payload.Length);
        try
        {
            payload.CopyTo(rented);
            var message = MessagePackSerializer.Deserialize<ISessionMessage>(rented.AsMemory(0, payload.Length), Options, out var read);
            return read == payload.Length ? message : null;
        }
        catch (MessagePackSerializationException)
        {
            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
