using ActorChat.LoadTest.Measurement;

namespace ActorChat.LoadTest.Drivers;

/// <summary>
/// The wire dialect the harness speaks: how to write each line it sends and how to classify each line it reads.
/// Writers fill a caller's buffer (at least <see cref="MaxLineBytes"/> long) and return the bytes written, line
/// terminator included, so the hot path allocates nothing.
/// </summary>
public interface IChatProtocol
{
    /// <summary>Short name for reports ("actorchat", "irc").</summary>
    string Name { get; }

    /// <summary>Longest line any writer produces, for names up to 32 bytes.</summary>
    int MaxLineBytes { get; }

    /// <summary>Whether the server stores messages for offline names (the offline scenario needs it).</summary>
    bool SupportsOffline { get; }

    /// <summary>Whether fan-out members must join a channel first (then wait for <see cref="IncomingKind.Joined"/>).</summary>
    bool FanoutNeedsJoin { get; }

    /// <summary>The login line(s) for <paramref name="name"/>.</summary>
    int WriteLogin(Span<byte> destination, ReadOnlySpan<byte> name);

    /// <summary>A direct message to <paramref name="to"/>.</summary>
    int WriteDirect(Span<byte> destination, ReadOnlySpan<byte> to, Payload payload);

    /// <summary>A message to every fan-out member but the sender.</summary>
    int WriteFanout(Span<byte> destination, ReadOnlySpan<byte> channel, Payload payload);

    /// <summary>Joining the fan-out channel; 0 bytes when <see cref="FanoutNeedsJoin"/> is false.</summary>
    int WriteJoin(Span<byte> destination, ReadOnlySpan<byte> channel);

    /// <summary>The answer to a keepalive carrying <paramref name="token"/>.</summary>
    int WritePong(Span<byte> destination, ReadOnlySpan<byte> token);

    /// <summary>An orderly goodbye.</summary>
    int WriteQuit(Span<byte> destination);

    /// <summary>Classifies one received line; <paramref name="argument"/> is what <see cref="IncomingKind"/> says it is.</summary>
    IncomingKind Classify(ReadOnlySpan<byte> line, out ReadOnlySpan<byte> argument);
}
