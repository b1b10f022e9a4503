using ActorChat.Actors;

namespace ActorChat.TestKit;

public abstract partial class TestKitBase
{
    /// <summary>Expects the next message to be a <typeparamref name="T"/> within <paramref name="duration"/>.</summary>
    public T ExpectMsg<T>(TimeSpan? duration = null, string? hint = null) =>
        ExpectMsgWhere<T>(null, duration, hint, "");

    /// <summary>Expects the next message to equal <paramref name="message"/>.</summary>
    public T ExpectMsg<T>(T message, TimeSpan? timeout = null, string? hint = null) =>
        ExpectMsgWhere<T>(m => Equals(m, message), timeout, hint, $" equal to <{message}>");

    /// <summary>Expects the next message to be a <typeparamref name="T"/> satisfying <paramref name="isMessage"/>.</summary>
    public T ExpectMsg<T>(Predicate<T> isMessage, TimeSpan? timeout = null, string? hint = null) =>
        ExpectMsgWhere(isMessage, timeout, hint, " matching the predicate");

    /// <summary>Expects the next message to be a <typeparamref name="T"/> and runs <paramref name="assert"/> on it.</summary>
    public T ExpectMsg<T>(Action<T> assert, TimeSpan? timeout = null, string? hint = null)
    {
        var message = ExpectMsg<T>(timeout, hint);
        assert(message);
        return message;
    }

    /// <summary>Expects the next message to be a <typeparamref name="T"/> sent by <paramref name="sender"/>.</summary>
    public T ExpectMsgFrom<T>(IActorRef sender, TimeSpan? timeout = null, string? hint = null)
    {
        var message = ExpectMsg<T>(timeout, hint);
        if (!Equals(LastSender, sender))
            Fail($"Expected a message from {sender.Path}{Hint(hint)}, but {Describe(message!)} came from {LastSender.Path}.");
        return message;
    }

    private T ExpectMsgWhere<T>(Predicate<T>? isMessage, TimeSpan? timeout, string? hint, string what)
    {
        var wait = RemainingOrDilated(timeout);
        if (!TryReceive(wait, out var received))
            Fail($"Timeout ({wait}) while waiting for a message of type {typeof(T).Name}{what}{Hint(hint)}; nothing arrived.");
        if (received.Message is not T typed)
        {
            Fail($"Expected a message of type {typeof(T).Name}{what}{Hint(hint)}, but received {Describe(received)}.");
            throw new InvalidOperationException("unreachable");
        }
        if (isMessage is not null && !isMessage(typed))
            Fail($"Expected a message of type {typeof(T).Name}{what}{Hint(hint)}, but received {Describe(received)}.");
        return typed;
    }

    /// <summary>Expects no message for the remaining time (or the default expectation timeout).</summary>
    public void ExpectNoMsg() => ExpectNoMsgFor(RemainingOrDefault);

    /// <summary>Expects no message for <paramref name="duration"/> (dilated).</summary>
    public void ExpectNoMsg(TimeSpan duration) => ExpectNoMsgFor(Dilated(duration));

    private void ExpectNoMsgFor(TimeSpan wait)
    {
        if (TryReceive(wait, out var received))
            Fail($"Expected no message within {wait}, but received {Describe(received)}.");
    }

    /// <summary>Expects the <see cref="Terminated"/> of <paramref name="target"/> (watch it first with <see cref="Watch"/>).</summary>
    public Terminated ExpectTerminated(IActorRef target, TimeSpan? timeout = null, string? hint = null) =>
        ExpectMsgWhere<Terminated>(t => Equals(t.ActorRef, target), timeout, hint, $" for {target.Path}");

    /// <summary>Takes messages until one satisfies <paramref name="isMessage"/> (the others are discarded) and returns it.</summary>
    public object FishForMessage(Predicate<object> isMessage, TimeSpan? max = null, string hint = "") =>
        FishForMessage<object>(isMessage, max, hint);

    /// <summary>Takes messages until a <typeparamref name="T"/> satisfies <paramref name="isMessage"/> and returns it.</summary>
    public T FishForMessage<T>(Predicate<T> isMessage, TimeSpan? max = null, string hint = "")
    {
        var wait = RemainingOrDilated(max);
        var end = DateTime.UtcNow + wait;
        var skipped = new List<string>();
        while (true)
        {
            if (!TryReceive(Clamp(end - DateTime.UtcNow), out var received))
            {
                Fail($"Timeout ({wait}) while fishing for a message of type {typeof(T).Name}{Hint(hint)}; " +
                     $"skipped {skipped.Count}: {string.Join(", ", skipped)}.");
            }
            if (received.Message is T typed && isMessage(typed)) return typed;
            skipped.Add(Describe(received.Message));
        }
    }

    /// <summary>Receives exactly <paramref name="numberOfMessages"/> messages within <paramref name="max"/>.</summary>
    public IReadOnlyCollection<object> ReceiveN(int numberOfMessages, TimeSpan? max = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(numberOfMessages);
        var wait = RemainingOrDilated(max);
        var end = DateTime.UtcNow + wait;
        var messages = new List<object>(numberOfMessages);
        while (messages.Count < numberOfMessages)
        {
            if (!TryReceive(Clamp(end - DateTime.UtcNow), out var received))
                Fail($"Timeout ({wait}) while waiting for {numberOfMessages} messages; received {messages.Count}: " +
                     string.Join(", ", messages.Select(Describe)));
            messages.Add(received.Message);
        }
        return messages;
    }
}
