namespace ActorChat.Actors;

/// <summary>Replies that report how an operation ended (Akka.NET's <c>Status</c>); an <c>Ask</c> answered with
/// <see cref="Failure"/> fails with its cause.</summary>
public abstract class Status
{
    private Status() { }

    /// <summary>The operation succeeded.</summary>
    public sealed class Success : Status
    {
        /// <summary>Creates a success carrying <paramref name="status"/>.</summary>
        public Success(object? status) => Status = status;

        /// <summary>The result, if any.</summary>
        public object? Status { get; }

        /// <inheritdoc />
        public override string ToString() => $"Success: {Status}";
    }

    /// <summary>The operation failed.</summary>
    public sealed class Failure : Status
    {
        /// <summary>Creates a failure with <paramref name="cause"/>.</summary>
        public Failure(Exception cause) => Cause = cause;

        /// <summary>Why it failed.</summary>
        public Exception Cause { get; }

        /// <inheritdoc />
        public override string ToString() => $"Failure: {Cause}";
    }
}
