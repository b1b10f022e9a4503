using System.Buffers;

namespace ActorChat.Protocol;

/// <summary><c>HELLO &lt;name&gt;</c>: log in under a name. The parser only produces it with a name that follows the name rules (<see cref="ChatName"/>); a constructed one is checked by the server.</summary>
public sealed class HelloCommand : Command
{
    /// <summary>Creates the command.</summary>
    /// <param name="name">The name to log in as.</param>
    public HelloCommand(string name)
    {
        Name = Arguments.Token(name, nameof(name));
    }

    /// <summary>The name to log in as.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public override CommandVerb Verb => CommandVerb.Hello;

    private protected override void WriteBody(IBufferWriter<byte> writer)
    {
        Utf8Output.Bytes(writer, "HELLO "u8);
        Utf8Output.Text(writer, Name);
    }
}
