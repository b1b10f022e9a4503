extern alias ActorChatServer;

using ActorChatServer::ActorChat.Server.Storage.Sqlite;

namespace ActorChat.Benchmarks.Storage;

/// <summary>The history rows of the server's direct scenario: 1,000 names, each sending 200 messages to the next 4 in turn.</summary>
internal static class DirectScenarioHistory
{
    private const int Names = 1000;
    private const int RowsPerName = 200;

    /// <summary>Every row of one run of the scenario.</summary>
    public const int Rows = Names * RowsPerName;

    private static readonly string[] NameList = Enumerable.Range(0, Names).Select(i => $"u{i}").ToArray();

    private static readonly byte[] Text = "message 17 from u123"u8.ToArray();

    /// <summary>Queues the scenario's <see cref="Rows"/> history rows without waiting for any of them.</summary>
    public static void Queue(SqliteChatStore store, DateTimeOffset sentAt)
    {
        for (var m = 0; m < RowsPerName; m++)
        {
            for (var i = 0; i < Names; i++)
            {
                store.TryAppendHistory(NameList[i], NameList[(i + 1 + m % 4) % Names], sentAt, Text, out _);
            }
        }
    }
}
