using ActorChat.LoadTest.Measurement;

namespace ActorChat.LoadTest.Drivers;

/// <summary>Appends pieces of a line to a span; a small cursor so line writers read like the line they write.</summary>
internal ref struct LineWriter(Span<byte> destination)
{
    private readonly Span<byte> _destination = destination;

    public int Length { get; private set; }

    public void Add(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(_destination[Length..]);
        Length += bytes.Length;
    }

    public void Add(Payload payload) => Length += payload.Format(_destination[Length..]);
}
