namespace ActorChat.Actors;

/// <summary>The temporary sender of an Ask: the first reply completes the task (a <see cref="Status.Failure"/> faults it).</summary>
internal sealed class PromiseActorRef<T> : ActorRefBase
{
    private readonly TaskCompletionSource<T> _promise = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ActorSystem? _system;

    public PromiseActorRef(ActorSystem? system, ActorPath path)
    {
        _system = system;
        Path = path;
    }

    public Task<T> Task => _promise.Task;

    public override ActorPath Path { get; }

    public override ActorSystem? SystemOrNull => _system;

    public override void Tell(object message, IActorRef? sender)
    {
        var completed = message switch
        {
            T reply => _promise.TrySetResult(reply),
            Status.Failure failure => _promise.TrySetException(failure.Cause),
            _ => _promise.TrySetException(new InvalidCastException(
                $"Ask expected a reply of type {typeof(T).Name} but got {message.GetType().Name}: {message}")),
        };
        if (!completed) _system?.PublishDeadLetter(message, sender, this);
    }

    public void Fail(Exception exception) => _promise.TrySetException(exception);

    public override void SendSystemMessage(ISystemMessage message) => ReplyAsDead(message);
}
