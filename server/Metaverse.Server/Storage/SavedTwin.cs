using Metaverse.Twins.Core;

namespace Metaverse.Server.Storage;

/// <summary>A twin's full state as saved for its room: restored when the server starts again.</summary>
internal sealed record SavedTwin(string Room, string TwinId, TwinSnapshot Snapshot);
