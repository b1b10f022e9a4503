namespace ActorChat.Server.Storage.Sqlite;

/// <summary>
/// Put in the writer's queue when history rows start waiting, so that the writer wakes and takes them; it writes
/// nothing itself (the rows are in the <see cref="WriteQueue"/>).
/// </summary>
internal sealed class HistoryWake : IWriteRequest
{
    public static readonly HistoryWake Instance = new();

    private HistoryWake()
    {
    }

    public void Execute(WriterCommands commands)
    {
    }

    public void Complete()
    {
    }

    public void Fail(Exception exception)
    {
    }
}
