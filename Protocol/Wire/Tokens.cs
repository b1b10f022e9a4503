using System.Text;

namespace ActorChat.Protocol;

/// <summary>Reads space-separated tokens off the front of a line, then the rest of it.</summary>
internal ref struct Tokens
{
    private ReadOnlySpan<byte> _rest;

    public Tokens(ReadOnlySpan<byte> line)
    {
        _rest = line;
    }

    /// <summary>What is left after the tokens taken so far and their separating spaces.</summary>
    public readonly ReadOnlySpan<byte> Rest => _rest;

    /// <summary>Takes the next token; false when there is none (end of line, or an empty token).</summary>
    public bool TryTake(out ReadOnlySpan<byte> token)
    {
        int space = _rest.IndexOf((byte)' ');
        token = space < 0 ? _rest : _rest[..space];
        _rest = space < 0 ? default : _rest[(space + 1)..];
        return !token.IsEmpty;
    }

    /// <summary>Takes the next token as a string.</summary>
    public bool TryTake(out string token)
    {
        bool taken = TryTake(out ReadOnlySpan<byte> bytes);
        token = taken ? Encoding.UTF8.GetString(bytes) : string.Empty;
        return taken;
    }

    /// <summary>The rest as a text: null when it is empty or only spaces.</summary>
    public readonly string? RestAsText()
    {
        return _rest.IndexOfAnyExcept((byte)' ') < 0 ? null : Encoding.UTF8.GetString(_rest);
    }

    /// <summary>True when nothing but spaces is left.</summary>
    public readonly bool AtEnd => _rest.IndexOfAnyExcept((byte)' ') < 0;
}
