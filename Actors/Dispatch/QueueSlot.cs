namespace ActorChat.Actors;

/// <summary>One cell of a <see cref="ShrinkingQueueSegment{T}"/>: an item and the sequence number that says whose turn it is.</summary>
/// <remarks>
/// <see cref="Sequence"/> equals the position a producer may claim while the cell is free, that position + 1 once its
/// item is written, and the position one lap later once a consumer has taken the item (Vyukov's bounded queue).
/// </remarks>
internal struct QueueSlot<T>
{
    public T Item;
    public long Sequence;
}
