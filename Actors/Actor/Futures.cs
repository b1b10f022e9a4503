namespace ActorChat.Actors;

/// <summary>Request-reply from outside or inside actors (Akka.NET's <c>Futures</c> Ask extensions).</summary>
public static class Futures
{
    private static long s_tempCounter;

    /// <summary>Sends <paramref name="message"/> with a temporary sender and returns the first reply.</summary>
    /// <param name="self">The receiver.</param>
    /// <param name="message">The request.</param>
    /// <param name="timeout">How long to wait; null uses <c>actorchat.actors.ask-timeout</c>.</param>
    /// <returns>A task with the reply; it fails with <see cref="AskTimeoutException"/> on timeout, with the cause of a
    /// <see cref="Status.Failure"/> reply, or with <see cref="InvalidCastException"/> for a reply of another type.</returns>
    public static Task<T> Ask<T>(this ICanTell self, object message, TimeSpan? timeout = null) =>
        Ask<T>(self, message, timeout, CancellationToken.None);

    /// <summary>As <see cref="Ask{T}(ICanTell, object, TimeSpan?)"/>, also failing when <paramref name="cancellationToken"/> is cancelled.</summary>
    public static Task<T> Ask<T>(this ICanTell self, object message, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(self);
        if (message is null) throw new InvalidMessageException("Message is null.");
        if (self is IActorRefSurrogate surrogate) self = surrogate.Underlying;
        var system = (self as IInternalActorRef)?.SystemOrNull;
        var wait = timeout ?? system?.Settings.AskTimeout ?? TimeSpan.FromSeconds(10);
        if (wait <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(timeout), wait, "The ask timeout must be positive.");
        var root = system is null ? ActorPath.CreateRoot("all-systems") : ActorPath.CreateRoot(system.Name);
        var promise = new PromiseActorRef<T>(system, root / "temp" / ("$" + Interlocked.Increment(ref s_tempCounter)));
        var target = self is IActorRef r ? r.Path.ToString() : self.ToString();
        var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(wait);
        var registration = timer.Token.Register(() =>
        {
            if (cancellationToken.IsCancellationRequested) promise.Fail(new TaskCanceledException("The ask was cancelled."));
            else promise.Fail(new AskTimeoutException($"Ask to {target} timed out after {wait.TotalMilliseconds} ms (message type {message.GetType().Name})."));
        });
        promise.Task.ContinueWith(_ =>
        {
            registration.Dispose();
            timer.Dispose();
        }, TaskScheduler.Default);
        self.Tell(message, promise);
        return promise.Task;
    }

    /// <summary>Ask for any reply.</summary>
    public static Task<object> Ask(this ICanTell self, object message, TimeSpan? timeout = null) => Ask<object>(self, message, timeout);
}
