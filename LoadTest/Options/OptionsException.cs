namespace ActorChat.LoadTest.Options;

/// <summary>A configuration file or command line the harness cannot use; the message says what and where.</summary>
public sealed class OptionsException(string message) : Exception(message);
