using ActorChat.Actors;

namespace ActorChat.Tests.Actors.Dispatch;

/// <summary>Message <see cref="Sequence"/> of sender <see cref="Sender"/>, numbered from 0.</summary>
internal sealed record Numbered(int Sender, int Sequence);

/// <summary>
/// Counts the <see cref="Numbered"/> messages it handles, and those that ran while another was running or came out of
/// their sender's order; any string asks it for both counts, as <c>(handled, violations)</c>.
/// </summary>
internal sealed class OrderChecker : ReceiveActor
{
    private readonly Dictionary<int, int> _last = [];
    private int _inside;
    private int _violations;
    private int _handled;

    public OrderChecker()
    {
        Receive<Numbered>(n =>
        {
            if (Interlocked.Increment(ref _inside) != 1) _violations++;
            // Long enough for another thread's turn, were one let in, to overlap this one.
            Thread.SpinWait(20);
            if (n.Sequence != _last.GetValueOrDefault(n.Sender, -1) + 1) _violations++;
            _last[n.Sender] = n.Sequence;
            _handled++;
            Interlocked.Decrement(ref _inside);
        });
        Receive<string>(_ => Sender.Tell((_handled, _violations)));
    }
}
