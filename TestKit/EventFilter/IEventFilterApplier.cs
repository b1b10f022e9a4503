namespace ActorChat.TestKit;

/// <summary>Runs code and asserts how many matching log entries it caused (Akka.TestKit's <c>IEventFilterApplier</c>).
/// After the code returns, waits up to the default expectation timeout for the entries to arrive; fails on too few
/// or too many, saying what was expected and what arrived.</summary>
public interface IEventFilterApplier
{
    /// <summary>Expects exactly one matching entry while/after running <paramref name="action"/>.</summary>
    void ExpectOne(Action action);

    /// <summary>As <see cref="ExpectOne(Action)"/>, waiting up to <paramref name="timeout"/>.</summary>
    void ExpectOne(TimeSpan timeout, Action action);

    /// <summary>Expects exactly <paramref name="expectedCount"/> matching entries.</summary>
    void Expect(int expectedCount, Action action);

    /// <summary>As <see cref="Expect(int, Action)"/>, waiting up to <paramref name="timeout"/>.</summary>
    void Expect(int expectedCount, TimeSpan timeout, Action action);

    /// <summary>Expects exactly one matching entry while/after awaiting <paramref name="actionAsync"/>.</summary>
    Task ExpectOneAsync(Func<Task> actionAsync);

    /// <summary>Expects exactly <paramref name="expectedCount"/> matching entries while/after awaiting <paramref name="actionAsync"/>.</summary>
    Task ExpectAsync(int expectedCount, Func<Task> actionAsync);
}
