namespace ActorChat.Server.Storage.Sqlite;

/// <summary>A message on its way into the table: its id (assigned when queued) and values, time in Unix milliseconds.</summary>
internal readonly record struct MessageRow(long Id, string From, string To, long SentAtMs, string Text, bool Delivered);
