namespace ActorChat.Server.Storage.Sqlite;

/// <summary>
/// A write and its completion in one object: the state goes in by value (no boxing, no closure) and the operation
/// is a static delegate. Continuations run asynchronously so that awaiting code never runs on the writer thread.
/// </summary>
internal sealed class WriteRequest<TState, TResult> : TaskCompletionSource<TResult>, IWriteRequest
{
    private readonly TState _state;
    private readonly Func<WriterCommands, TState, TResult> _operation;
    private TResult _result = default!;

    public WriteRequest(TState state, Func<WriterCommands, TState, TResult> operation)
        : base(TaskCreationOptions.RunContinuationsAsynchronously)
    {
        _state = state;
        _operation = operation;
    }

    public void Execute(WriterCommands commands) => _result = _operation(commands, _state);

    public void Complete() => TrySetResult(_result);

    public void Fail(Exception exception) => TrySetException(exception);
}
