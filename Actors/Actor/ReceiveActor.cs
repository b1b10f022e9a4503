namespace ActorChat.Actors;

/// <summary>
/// An actor whose behaviour is a list of typed handlers registered in its constructor (Akka.NET's <c>ReceiveActor</c>).
/// Handlers are tried in registration order; the first whose type and predicate match handles the message.
/// </summary>
public abstract class ReceiveActor : UntypedActor
{
    private readonly HandlerSet _initial = new();
    private HandlerSet? _building;

    /// <summary>Starts collecting handlers for the initial behaviour.</summary>
    protected ReceiveActor() => _building = _initial;

    internal override void OnConstructed() => _building = null;

    /// <inheritdoc />
    protected sealed override void OnReceive(object message)
    {
        if (!_initial.TryHandle(message)) Unhandled(message);
    }

    /// <summary>Handles messages of type <typeparamref name="T"/> that satisfy <paramref name="shouldHandle"/> (if given).</summary>
    protected void Receive<T>(Action<T> handler, Predicate<T>? shouldHandle = null) =>
        Add(new TypedHandler<T>(handler, shouldHandle));

    /// <summary>Handles messages of type <typeparamref name="T"/> that satisfy <paramref name="shouldHandle"/>.</summary>
    protected void Receive<T>(Predicate<T> shouldHandle, Action<T> handler) =>
        Add(new TypedHandler<T>(handler, shouldHandle));

    /// <summary>Handles messages of type <typeparamref name="T"/> for which <paramref name="handler"/> returns true.</summary>
    protected void Receive<T>(Func<T, bool> handler) => Add(new TypedFuncHandler<T>(handler));

    /// <summary>Handles every message not handled by an earlier registration.</summary>
    protected void ReceiveAny(Action<object> handler) => Add(new TypedHandler<object>(handler, null));

    /// <summary>Handles messages of type <typeparamref name="T"/> asynchronously: the actor processes nothing else
    /// until the returned task completes; a faulted task fails the actor.</summary>
    protected void ReceiveAsync<T>(Func<T, Task> handler, Predicate<T>? shouldHandle = null) =>
        Add(new TypedHandler<T>(m => Cell.RunTask(() => handler(m)), shouldHandle));

    /// <summary>Handles messages of type <typeparamref name="T"/> asynchronously when <paramref name="shouldHandle"/> holds.</summary>
    protected void ReceiveAsync<T>(Predicate<T> shouldHandle, Func<T, Task> handler) => ReceiveAsync(handler, shouldHandle);

    /// <summary>Handles every remaining message asynchronously.</summary>
    protected void ReceiveAnyAsync(Func<object, Task> handler) => ReceiveAsync(handler);

    /// <summary>Replaces the current behaviour with the handlers <paramref name="configure"/> registers.</summary>
    protected void Become(Action configure) => Context.Become(Build(configure));

    /// <summary>Pushes a behaviour made of the handlers <paramref name="configure"/> registers.</summary>
    protected void BecomeStacked(Action configure) => Context.BecomeStacked(Build(configure));

    private Receive Build(Action configure)
    {
        var handlers = new HandlerSet();
        var outer = _building;
        _building = handlers;
        try
        {
            configure();
        }
        finally
        {
            _building = outer;
        }
        return message =>
        {
            if (!handlers.TryHandle(message)) Unhandled(message);
            return true;
        };
    }

    private void Add(Handler handler)
    {
        if (_building is null)
            throw new InvalidOperationException(
                "Receive handlers can only be registered in the constructor or inside Become/BecomeStacked.");
        _building.Add(handler);
    }

    private sealed class HandlerSet
    {
        private Handler[] _handlers = [];

        public void Add(Handler handler) => _handlers = [.. _handlers, handler];

        public bool TryHandle(object message)
        {
            foreach (var handler in _handlers)
                if (handler.TryHandle(message)) return true;
            return false;
        }
    }

    private abstract class Handler
    {
        public abstract bool TryHandle(object message);
    }

    private sealed class TypedHandler<T>(Action<T> handler, Predicate<T>? shouldHandle) : Handler
    {
        public override bool TryHandle(object message)
        {
            if (message is not T typed || (shouldHandle is not null && !shouldHandle(typed))) return false;
            handler(typed);
            return true;
        }
    }

    private sealed class TypedFuncHandler<T>(Func<T, bool> handler) : Handler
    {
        public override bool TryHandle(object message) => message is T typed && handler(typed);
    }
}
