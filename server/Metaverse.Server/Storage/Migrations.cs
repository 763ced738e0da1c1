namespace Metaverse.Server.Storage;

/// <summary>
/// Every schema step, in order. Versions are 1, 2, 3… without gaps; a released step is never edited,
/// a change is a new step at the end.
/// </summary>
internal static class Migrations
{
    public static readonly IReadOnlyList<Migration> All =
    [
        new(1, "users, rooms and the append-only audit log", """
            CREATE TABLE users (
                id          INTEGER PRIMARY KEY,
                name        TEXT NOT NULL UNIQUE,
                role        TEXT NOT NULL,
                created_utc TEXT NOT NULL
            ) STRICT;

            CREATE TABLE rooms (
                id          INTEGER PRIMARY KEY,
                name        TEXT NOT NULL UNIQUE,
                created_utc TEXT NOT NULL
            ) STRICT;

            CREATE TABLE audit (
                seq       INTEGER PRIMARY KEY,
                utc       TEXT NOT NULL,
                actor     TEXT NOT NULL,
                role      TEXT,
                room      TEXT,
                action    TEXT NOT NULL,
                target    TEXT,
                old_value TEXT,
                new_value TEXT,
                reason    TEXT NOT NULL,
                prev_hash TEXT NOT NULL,
                hash      TEXT NOT NULL
            ) STRICT;

            CREATE INDEX audit_by_actor ON audit (actor, seq);
            CREATE INDEX audit_by_room ON audit (room, seq);
            CREATE INDEX audit_by_action ON audit (action, seq);
            CREATE INDEX audit_by_utc ON audit (utc);

            CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
            BEGIN
                SELECT RAISE(ABORT, 'audit is append-only');
            END;

            CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
            BEGIN
                SELECT RAISE(ABORT, 'audit is append-only');
            END;
            """),
        new(2, "saved twin states, one row per twin of a room", """
            CREATE TABLE twin_states (
                room           TEXT NOT NULL,
                twin_id        TEXT NOT NULL,
                kind           TEXT NOT NULL,
                format_version INTEGER NOT NULL,
                state          BLOB NOT NULL,
                saved_utc      TEXT NOT NULL,
                PRIMARY KEY (room, twin_id)
            ) STRICT;
            """),
    ];

    /// <summary>The schema version a file has after every step has run.</summary>
    public static int LatestVersion => All[^1].Version;
}
