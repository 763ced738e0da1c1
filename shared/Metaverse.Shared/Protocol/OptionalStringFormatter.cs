using MessagePack;
using MessagePack.Formatters;

namespace Metaverse.Shared.Messages;

/// <summary>
/// For the one optional string of the schema (<see cref="Command.TwinId"/>): nil reads as null, where
/// <see cref="SessionResolver"/> refuses nil for every other string.
/// </summary>
public sealed class OptionalStringFormatter : IMessagePackFormatter<string?>
{
    public void Serialize(ref MessagePackWriter writer, string? value, MessagePackSerializerOptions options) => writer.Write(value);

    public string? Deserialize(ref MessagePackReader reader, MessagePackSerializerOptions options) => reader.ReadString();
}
