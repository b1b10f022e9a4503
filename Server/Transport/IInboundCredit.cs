namespace ActorChat.Server.Transport;

/// <summary>
/// A read loop's count of lines told and not yet dealt with: whoever finishes with a line hands its credit back, so
/// the read loop reads on. A line that goes on to another actor (a <c>MSG</c> or <c>BROADCAST</c> on its way to the
/// registry) carries its credit along, so a client cannot pile up work in a mailbox it does not own.
/// </summary>
internal interface IInboundCredit
{
    /// <summary>Called once per message that came from the read loop, when it has been dealt with.</summary>
    void InboundHandled();
}
