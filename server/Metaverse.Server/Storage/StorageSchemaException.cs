namespace Metaverse.Server.Storage;

/// <summary>The database file cannot be used by this build: its schema version is wrong or it cannot be set up.</summary>
internal sealed class StorageSchemaException : Exception
{
    public StorageSchemaException()
    {
    }

    public StorageSchemaException(string message)
        : base(message)
    {
    }

    public StorageSchemaException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The file was written by a newer build; the message names both versions.</summary>
    public static StorageSchemaException TooNew(string path, long fileVersion) => new(
        $"database '{path}' has schema version {fileVersion}, but this build knows versions up to {Migrations.LatestVersion}; use a newer metaverse-server");
}
