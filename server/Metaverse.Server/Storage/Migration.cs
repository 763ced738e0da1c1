namespace Metaverse.Server.Storage;

/// <summary>One schema step: running <paramref name="Sql"/> on a file at version <c>Version - 1</c> brings it to <paramref name="Version"/>.</summary>
internal sealed record Migration(int Version, string Description, string Sql);
