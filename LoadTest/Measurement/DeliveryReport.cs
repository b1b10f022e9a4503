namespace ActorChat.LoadTest.Measurement;

/// <summary>The outcome of a <see cref="DeliveryChecker"/>.</summary>
/// <param name="Expected">Deliveries that should have happened.</param>
/// <param name="Delivered">Deliveries recorded, duplicates included.</param>
/// <param name="Lost">Expected deliveries that never arrived.</param>
/// <param name="Duplicates">Deliveries of a message beyond its expected copies, or repeated to one recipient.</param>
/// <param name="Reordered">Deliveries that arrived after a later message of the same sender at the same recipient.</param>
/// <param name="Misrouted">Direct messages delivered to a client other than the one addressed.</param>
/// <param name="Unknown">Payloads naming a sender or sequence the run never sent.</param>
public readonly record struct DeliveryReport(long Expected, long Delivered, long Lost, long Duplicates, long Reordered,
    long Misrouted, long Unknown)
{
    /// <summary>True when every message arrived exactly as expected.</summary>
    public bool IsClean => Lost == 0 && Duplicates == 0 && Reordered == 0 && Misrouted == 0 && Unknown == 0;
}
