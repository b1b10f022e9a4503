namespace ActorChat.Server.Storage.Sqlite;

/// <summary>A message on its way into the table: the values of one row, time in Unix milliseconds.</summary>
internal readonly record struct MessageRow(string From, string To, long SentAtMs, string Text, bool Delivered);
