namespace ActorChat.LoadTest.Transport;

/// <summary>A connection could not be made; the message says why in operator terms (which limit, how to raise it).</summary>
public sealed class ConnectException(string message, Exception inner) : Exception(message, inner);
