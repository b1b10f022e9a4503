namespace ActorChat.Server.Storage.Sqlite;

/// <summary>
/// A barrier: the writer commits everything queued before it, then checkpoints the write-ahead log into the
/// database file with a sync, then completes it. Never part of a batch (a checkpoint cannot run in a transaction).
/// </summary>
internal sealed class CheckpointRequest : TaskCompletionSource, IWriteRequest
{
    public CheckpointRequest() : base(TaskCreationOptions.RunContinuationsAsynchronously)
    {
    }

    public void Execute(WriterCommands commands) => commands.Checkpoint("FULL");

    public void Complete() => TrySetResult();

    public void Fail(Exception exception) => TrySetException(exception);
}
