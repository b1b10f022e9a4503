using System.Diagnostics;
using System.Net;
using System.Text;
using ActorChat.Actors;
using ActorChat.Server.Transport;

namespace ActorChat.Tests.Server.Chat;

/// <summary>
/// A connection without a socket: every line the actor writes is told to the lines probe as a string (without
/// LF), and closing is told as <see cref="Closed"/> or <see cref="Aborted"/>.
/// </summary>
internal sealed class FakeConnection(string id, IActorRef lines) : IClientConnection
{
    public const string Closed = "<closed>";
    public const string Aborted = "<aborted>";

    private int _inboundHandled;

    public string Id { get; } = id;

    public EndPoint? RemoteEndPoint { get; } = new IPEndPoint(IPAddress.Loopback, 40000);

    public long LastReceived { get; set; } = Stopwatch.GetTimestamp();

    public bool Overflowed { get; set; }

    /// <summary>
    /// True to count every line written (or refused) as not yet flushed (<see cref="UnsentBytes"/>), as a stalled
    /// socket would.
    /// </summary>
    public bool Stalled { get; set; }

    public long UnsentBytes { get; private set; }

    /// <summary>A line (without LF) whose writing throws, to make the actor fail.</summary>
    public string? Poison { get; set; }

    public int InboundHandledCount => Volatile.Read(ref _inboundHandled);

    public bool TryWrite(ReadOnlyMemory<byte> line, bool batch = false)
    {
        // As the real buffer does, a line refused for overflow counts as unsent too.
        if (Stalled) UnsentBytes += line.Length;
        var text = Encoding.UTF8.GetString(line.Span);
        foreach (var one in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (one == Poison) throw new InvalidOperationException("poisoned line");
            if (Overflowed) return false;
            lines.Tell(one, ActorRefs.NoSender);
        }
        return true;
    }

    public void InboundHandled() => Interlocked.Increment(ref _inboundHandled);

    public void Close() => lines.Tell(Closed, ActorRefs.NoSender);

    public void Abort() => lines.Tell(Aborted, ActorRefs.NoSender);
}
