using ActorChat.LoadTest.Measurement;

namespace ActorChat.LoadTest.Drivers;

/// <summary>
/// What a scenario hears from its clients. Called on each client's read loop; one client's calls never overlap,
/// different clients' calls do.
/// </summary>
public abstract class ClientEvents
{
    /// <summary>A message carrying <paramref name="payload"/> reached <paramref name="client"/> at <paramref name="receivedTicks"/>.</summary>
    public virtual void OnDelivered(ChatClient client, Payload payload, long receivedTicks, bool offline) { }

    /// <summary>The server stored a message from <paramref name="client"/> for an offline name.</summary>
    public virtual void OnQueued(ChatClient client) { }

    /// <summary>An error line, or a line the harness could not understand, reached a logged-in client.</summary>
    public virtual void OnProtocolError(ChatClient client, string line) { }

    /// <summary>The connection ended; <paramref name="expected"/> is true when the harness asked for it.</summary>
    public virtual void OnClosed(ChatClient client, string? reason, bool expected) { }
}
