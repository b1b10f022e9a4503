using System.Collections.Concurrent;
using ActorChat.Actors;

namespace ActorChat.TestKit;

/// <summary>The actor behind <c>TestActor</c> and each probe: queues everything it receives for the Expect methods,
/// and watches what it is asked to, so <see cref="Terminated"/> lands in the same queue.</summary>
internal sealed class TestActor(BlockingCollection<ReceivedMessage> queue) : ActorBase
{
    protected override bool Receive(object message)
    {
        switch (message)
        {
            case WatchRequest w:
                Context.Watch(w.Actor);
                break;
            case UnwatchRequest u:
                Context.Unwatch(u.Actor);
                break;
            default:
                queue.Add(new ReceivedMessage(message, Sender));
                break;
        }
        return true;
    }

    internal sealed record WatchRequest(IActorRef Actor);

    internal sealed record UnwatchRequest(IActorRef Actor);
}
