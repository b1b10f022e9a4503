namespace ActorChat.Server.Storage.Sqlite;

/// <summary>
/// A message delivered live, on its way into the table as history: its id is assigned when queued, it is stored
/// as delivered, and nobody awaits it. Time in Unix milliseconds; the text in UTF-8, as the line carried it.
/// </summary>
internal readonly record struct HistoryRow(
    long Id, string From, string To, long SentAtMs, ReadOnlyMemory<byte> Utf8Text);
