using System.Buffers;

namespace ActorChat.Protocol;

/// <summary>
/// <c>INBOX [n]</c>: the last n direct messages sent to or by me, oldest first. Without n, <see cref="DefaultCount"/>;
/// an n above <see cref="MaxCount"/> counts as <see cref="MaxCount"/>.
/// </summary>
public sealed class InboxCommand : Command
{
    /// <summary>The count when none is given.</summary>
    public const int DefaultCount = 20;

    /// <summary>The largest count served; larger requests are capped to it.</summary>
    public const int MaxCount = 500;

    private readonly bool _explicit;

    /// <summary>Creates the command with an explicit count.</summary>
    /// <param name="count">At least 1; above <see cref="MaxCount"/> it is capped to <see cref="MaxCount"/>.</param>
    public InboxCommand(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        Count = Math.Min(count, MaxCount);
        _explicit = true;
    }

    private InboxCommand()
    {
        Count = DefaultCount;
    }

    /// <summary>The command without a count (<c>INBOX</c>), asking for <see cref="DefaultCount"/> messages.</summary>
    public static InboxCommand Default { get; } = new();

    /// <summary>How many messages to send: 1 to <see cref="MaxCount"/>.</summary>
    public int Count { get; }

    /// <inheritdoc />
    public override CommandVerb Verb => CommandVerb.Inbox;

    private protected override void WriteBody(IBufferWriter<byte> writer)
    {
        Utf8Output.Bytes(writer, "INBOX"u8);
        if (_explicit)
        {
            Utf8Output.Space(writer);
            Utf8Output.Int(writer, Count);
        }
    }
}
