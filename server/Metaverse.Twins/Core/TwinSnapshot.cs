namespace Metaverse.Twins.Core;

/// <summary>
/// A twin's full state as versioned UTF-8 JSON: enough to restore it exactly (doubles round-trip,
/// random generator state included). <see cref="FormatVersion"/> lets a newer build migrate an older
/// save step by step.
/// </summary>
public sealed record TwinSnapshot(string Kind, int FormatVersion, byte[] Utf8Json);
