namespace ActorChat.Server.Storage.Sqlite;

/// <summary>One step of the schema: the SQL that takes a file from <c>Version - 1</c> to <c>Version</c>.</summary>
internal sealed record SchemaMigration(int Version, string Description, string Sql);
