namespace ActorChat.LoadTest.Transport;

/// <summary>Receives what a <see cref="LineConnection"/> reads, on its read loop, one call at a time.</summary>
public interface ILineHandler
{
    /// <summary>One line, without its LF (and without a CR before it). Valid only during the call.</summary>
    void OnLine(ReadOnlySpan<byte> line);

    /// <summary>The connection ended: <paramref name="error"/> is null for an orderly close by either side.</summary>
    void OnClosed(Exception? error);
}
