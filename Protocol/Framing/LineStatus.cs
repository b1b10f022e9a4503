namespace ActorChat.Protocol;

/// <summary>What <see cref="LineReader"/> found next in the stream.</summary>
public enum LineStatus
{
    /// <summary>A non-empty line of valid UTF-8 is in <see cref="LineReadResult.Line"/>.</summary>
    Line,

    /// <summary>An empty line (just LF or CRLF). The spec says a server ignores these.</summary>
    Blank,

    /// <summary>
    /// A line longer than <c>max-line-bytes</c> began. Reported once per such line, as soon as the limit is passed
    /// (its end may not have arrived yet); the rest of it up to its LF is then discarded without being buffered.
    /// The server answers <c>ERR line-too-long</c>.
    /// </summary>
    TooLong,

    /// <summary>A line that is not valid UTF-8 was dropped. The server answers <c>ERR bad-encoding</c>.</summary>
    BadEncoding,

    /// <summary>
    /// The pending read was cancelled through <see cref="System.IO.Pipelines.PipeReader.CancelPendingRead"/>;
    /// no data was lost, and the next read continues where this one stopped.
    /// </summary>
    Canceled,

    /// <summary>The stream ended and every line in it has been returned. Further reads return this again.</summary>
    Completed,
}
