namespace ActorChat.LoadTest.Drivers;

/// <summary>The server refused a login or a join, or closed the connection before it completed.</summary>
public sealed class LoginException(string message) : Exception(message);
