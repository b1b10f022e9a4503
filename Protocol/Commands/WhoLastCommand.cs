using System.Buffers;

namespace ActorChat.Protocol;

/// <summary><c>WHOLAST &lt;minutes&gt;</c>: who was online at any time in the last N minutes, self excluded.</summary>
public sealed class WhoLastCommand : Command
{
    /// <summary>The smallest number of minutes accepted.</summary>
    public const int MinMinutes = 1;

    /// <summary>The largest number of minutes accepted (one day).</summary>
    public const int MaxMinutes = 1440;

    /// <summary>Creates the command.</summary>
    /// <param name="minutes">From <see cref="MinMinutes"/> to <see cref="MaxMinutes"/>.</param>
    public WhoLastCommand(int minutes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minutes, MinMinutes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minutes, MaxMinutes);
        Minutes = minutes;
    }

    /// <summary>How many minutes to look back.</summary>
    public int Minutes { get; }

    /// <inheritdoc />
    public override CommandVerb Verb => CommandVerb.WhoLast;

    private protected override void WriteBody(IBufferWriter<byte> writer)
    {
        Utf8Output.Bytes(writer, "WHOLAST "u8);
        Utf8Output.Int(writer, Minutes);
    }
}
