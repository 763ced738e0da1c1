namespace Metaverse.Shared.Net.Reliability;

/// <summary>A reliable message carried by a sent packet: which send stream, which message id.</summary>
internal readonly record struct MessageRef(byte Stream, ushort Id);
