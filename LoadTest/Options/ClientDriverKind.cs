namespace ActorChat.LoadTest.Options;

/// <summary>Which client implementation drives ActorChat connections.</summary>
public enum ClientDriverKind
{
    /// <summary>The harness's own line driver: batched writes, allocation-free reads (any protocol).</summary>
    Raw,

    /// <summary>The project's <c>ChatConnection</c> library (ActorChat only).</summary>
    Library,
}
