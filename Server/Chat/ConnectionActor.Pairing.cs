using ActorChat.Actors;
using ActorChat.Protocol;
using ActorChat.Server.Chat.Messages;

namespace ActorChat.Server.Chat;

// PAIR, SAY, UNPAIR. The pair lives in the two connection actors, each knowing the other's ref; requests reach the
// target through the registry (which knows who is online) and are answered by the target's actor straight back.
internal sealed partial class ConnectionActor
{
    private string? _partner;
    private IActorRef? _partnerRef;
    private string? _pending;
    private IActorRef? _pendingRef;
    // The PAIR whose outcome is not known yet (the client's later lines wait for it), its owed answer and its target's
    // actor, watched: a target that dies without answering settles it as not online.
    private string? _asking;
    private long _askingId;
    private IActorRef? _askingRef;

    private static bool Same(string? a, string? b) => a is not null && b is not null && ChatName.Comparer.Equals(a, b);

    private void Pair(string target)
    {
        if (Same(target, _name))
        {
            Answer(Lines.Err(ErrorCodes.BadArgument, target));
            return;
        }
        if (_partner is not null)
        {
            Answer(Lines.Err(ErrorCodes.AlreadyPaired, _partner));
            return;
        }
        // One pending request at a time: this one replaces the last, which its target is not told about. Replaced
        // whatever the outcome: a refused PAIR leaves no request at all.
        _pending = target;
        _pendingRef = null;
        _asking = target;
        AskRegistry(new PairAsk(target));
    }

    private void OnPairAsked(PairAsked asked)
    {
        OnOwed(new Owed(asked.OwedId));
        _askingId = asked.OwedId;
        _askingRef = asked.Target;
        Context.Watch(asked.Target);
    }

    private void OnPairRefused(PairRefused refused)
    {
        if (Same(_pending, refused.Target)) _pending = null;
        WriteAnswer(refused.Line);
        PairSettled();
    }

    private void OnTerminated(Terminated terminated)
    {
        if (_askingRef is null || !terminated.ActorRef.Equals(_askingRef)) return;
        var target = _asking!;
        if (Same(_pending, target)) _pending = null;
        Fill(_askingId, Lines.Err(ErrorCodes.NotOnline, target));
        PairSettled();
    }

    /// <summary>The PAIR in flight has its answer: the lines held behind it are handled now, in order.</summary>
    private void PairSettled()
    {
        if (_askingRef is not null) Context.Unwatch(_askingRef);
        _asking = null;
        _askingId = 0;
        _askingRef = null;
        Unstash();
    }

    private void OnPairRequest(PairRequest request)
    {
        PairOutcome outcome;
        if (_leaveReason is not null) outcome = PairOutcome.Pending;
        else if (_partner is not null) outcome = Same(_partner, request.From) ? PairOutcome.Formed : PairOutcome.Busy;
        else if (Same(_pending, request.From))
        {
            SetPartner(request.From, Sender);
            Write(Lines.Paired(request.From));
            outcome = PairOutcome.Formed;
        }
        else
        {
            // A blocked asker is not told: it stays pending as if this name had not answered.
            if (!Blocks(request.From)) Write(Lines.PairRequest(request.From));
            outcome = PairOutcome.Pending;
        }
        Sender.Tell(new PairReply(request.OwedId, outcome, _name!), Self);
    }

    private void OnPairReply(PairReply reply)
    {
        var line = ReadOnlyMemory<byte>.Empty;
        switch (reply.Outcome)
        {
            case PairOutcome.Busy:
                if (Same(_pending, reply.Target)) _pending = null;
                line = Lines.Err(ErrorCodes.Busy, reply.Target);
                break;
            case PairOutcome.Pending when Same(_pending, reply.Target):
                _pendingRef = Sender;
                line = Lines.PairPending(reply.Target);
                break;
            case PairOutcome.Formed when _partner is null && Same(_pending, reply.Target):
                SetPartner(reply.Target, Sender);
                line = Lines.Paired(reply.Target);
                break;
            case PairOutcome.Formed when Same(_partner, reply.Target):
                // Both asked at once: each side formed the pair on the other's request and wrote PAIRED then.
                break;
            default:
                // This side left before the target answered (later lines wait for the answer, so nothing else moves
                // it on): withdraw the request, or undo the pair, there.
                Sender.Tell(new PairEnded(_name!), Self);
                break;
        }
        Fill(reply.OwedId, line);
        if (reply.OwedId == _askingId) PairSettled();
    }

    private void SetPartner(string name, IActorRef actor)
    {
        _partner = name;
        _partnerRef = actor;
        _pending = null;
        _pendingRef = null;
    }

    private void Say(string text)
    {
        if (_partnerRef is null)
        {
            Answer(Lines.NotPaired);
            return;
        }
        _partnerRef.Tell(new PairSay(_name!, Lines.Say(_name!, text)), Self);
    }

    private void OnPairSay(PairSay say)
    {
        if (Same(_partner, say.From) && !Blocks(say.From)) Write(say.Line);
    }

    private void Unpair()
    {
        // A partner and a pending request never stand together (SetPartner clears the request; PAIR while paired is
        // refused). A pending one's actor is known: UNPAIR waits for the PAIR's answer, which brings it.
        var other = _partner ?? _pending;
        if (other is null)
        {
            Answer(Lines.NotPaired);
            return;
        }
        LeavePair();
        Answer(Lines.Unpaired(other));
    }

    private void OnPairEnded(PairEnded ended)
    {
        if (Same(_partner, ended.From))
        {
            _partner = null;
            _partnerRef = null;
            Write(Lines.Unpaired(ended.From));
        }
        else if (!Blocks(ended.From) && _leaveReason is null)
        {
            // A request to this name withdrawn (UNPAIR, or the asker left).
            Write(Lines.Unpaired(ended.From));
        }
    }

    /// <summary>On UNPAIR or leaving: the partner (or the name this one asked) learns it through UNPAIRED.</summary>
    private void LeavePair()
    {
        (_partnerRef ?? _pendingRef)?.Tell(new PairEnded(_name!), Self);
        _partner = _pending = null;
        _partnerRef = _pendingRef = null;
    }
}
