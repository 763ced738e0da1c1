using MessagePack;
using MessagePack.Formatters;
using MessagePack.Resolvers;

namespace Metaverse.Shared.Messages;

/// <summary>
/// The standard formatters, except that nil is refused wherever the schema has no optional value: for
/// strings, lists, maps and messages. So a received message never holds a null the nullable annotations
/// rule out. Nil stays allowed for the pose parts (<see cref="TrackedPose"/>, <see cref="Vec3"/>,
/// <see cref="Quat"/>), which are optional as their members' types say, for nullable value types, and
/// where a member names its own formatter (<see cref="OptionalStringFormatter"/>).
/// </summary>
internal sealed class SessionResolver : IFormatterResolver
{
    public static readonly SessionResolver Instance = new();

    private SessionResolver()
    {
    }

    public IMessagePackFormatter<T>? GetFormatter<T>() => Cache<T>.Formatter;

    private static bool MayBeNil(Type type) =>
        type.IsValueType || type == typeof(TrackedPose) || type == typeof(Vec3) || type == typeof(Quat);

    private static class Cache<T>
    {
        public static readonly IMessagePackFormatter<T>? Formatter =
            StandardResolver.Instance.GetFormatter<T>() is { } standard && !MayBeNil(typeof(T))
                ? new NilRefusingFormatter<T>(standard)
                : StandardResolver.Instance.GetFormatter<T>();
    }

    private sealed class NilRefusingFormatter<T>(IMessagePackFormatter<T> standard) : IMessagePackFormatter<T>
    {
        public void Serialize(ref MessagePackWriter writer, T value, MessagePackSerializerOptions options) =>
            standard.Serialize(ref writer, value, options);

        public T Deserialize(ref MessagePackReader reader, MessagePackSerializerOptions options) =>
            reader.TryReadNil()
                ? throw new MessagePackSerializationException($"nil where the schema requires a {typeof(T).Name}")
                : standard.Deserialize(ref reader, options);
    }
}
