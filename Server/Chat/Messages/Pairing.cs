namespace ActorChat.Server.Chat.Messages;

/// <summary>Connection to registry: <c>PAIR</c> with <paramref name="Target"/> (found through the registry).</summary>
internal sealed record PairAsk(string Target);

/// <summary>
/// Registry to the asker, in line with its other answers: the target is online and was sent the request; its
/// <see cref="PairReply"/> fills <see cref="Owed"/> <paramref name="OwedId"/>. The asker watches
/// <paramref name="Target"/> so that a target which dies without answering still settles the request.
/// </summary>
internal sealed record PairAsked(long OwedId, ActorChat.Actors.IActorRef Target);

/// <summary>Registry to the asker, in line with its other answers: the <c>PAIR</c> is refused with <paramref name="Line"/>
/// (<c>ERR no-such-user</c> or <c>ERR not-online</c>), and no request to <paramref name="Target"/> stands.</summary>
internal sealed record PairRefused(string Target, ReadOnlyMemory<byte> Line);

/// <summary>
/// Registry to the target's connection, sent on behalf of the asker (the asker is the sender): the asker with
/// <paramref name="From"/> asks to pair; answer the asker with <see cref="PairReply"/> for <paramref name="OwedId"/>.
/// </summary>
internal sealed record PairRequest(string From, long OwedId);

/// <summary>What a pair request came to.</summary>
internal enum PairOutcome
{
    /// <summary>Recorded; the target was told (or, when it blocks the asker, not told).</summary>
    Pending,

    /// <summary>The target had asked for the asker too: the pair formed on the target's side.</summary>
    Formed,

    /// <summary>The target is paired with someone else.</summary>
    Busy,
}

/// <summary>Target's connection to the asker's: the outcome of its request, answering <see cref="Owed"/> <paramref name="OwedId"/>.</summary>
internal sealed record PairReply(long OwedId, PairOutcome Outcome, string Target);

/// <summary>To a pair partner or a requested name: <paramref name="From"/> ended the pair or withdrew its request.</summary>
internal sealed record PairEnded(string From);

/// <summary>Partner to partner: a <c>SAY</c> line from <paramref name="From"/>, encoded once.</summary>
internal sealed record PairSay(string From, ReadOnlyMemory<byte> Line);
