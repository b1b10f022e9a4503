namespace ActorChat.Actors;

/// <summary>Something scheduled that can be called off (Akka.NET's <c>ICancelable</c>).</summary>
public interface ICancelable
{
    /// <summary>True once <see cref="Cancel()"/> was called.</summary>
    bool IsCancellationRequested { get; }

    /// <summary>A token cancelled together with this.</summary>
    CancellationToken Token { get; }

    /// <summary>Calls it off; idempotent. A tell already handed to a mailbox is not recalled.</summary>
    void Cancel();

    /// <summary>Calls it off after <paramref name="delay"/>.</summary>
    void CancelAfter(TimeSpan delay);
}
