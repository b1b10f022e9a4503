using ActorChat.Actors;

namespace ActorChat.Tests.Actors.Supervision;

/// <summary>A parent that creates one child "child" from the given props, supervises it with the given strategy
/// and forwards every message to it.</summary>
internal sealed class Parent : ReceiveActor
{
    private readonly SupervisorStrategy _strategy;

    public Parent(Props child, SupervisorStrategy strategy)
    {
        _strategy = strategy;
        var c = Context.ActorOf(child, "child");
        ReceiveAny(m => c.Forward(m));
    }

    protected override SupervisorStrategy SupervisorStrategy() => _strategy;
}

/// <summary>Counts; throws the exception it is sent; reports its hooks (with an instance number) to the probe.</summary>
internal sealed class Worker : ReceiveActor
{
    private static int s_instances;
    private readonly IActorRef _probe;
    private readonly int _instance = Interlocked.Increment(ref s_instances);
    private int _count;

    public Worker(IActorRef probe)
    {
        _probe = probe;
        probe.Tell("ctor");
        Receive<string>(s => s == "inc", _ => _count++);
        Receive<string>(s => s == "get", _ => Sender.Tell(_count));
        Receive<string>(s => s == "instance", _ => Sender.Tell(_instance));
        Receive<Exception>(e => throw e);
        Receive<string>(s => Sender.Tell(s));
    }

    protected override void PreStart() => _probe.Tell("preStart");

    protected override void PostStop() => _probe.Tell("postStop");

    protected override void PreRestart(Exception reason, object? message)
    {
        _probe.Tell("preRestart " + reason.Message + " " + (message as Exception)?.Message);
        base.PreRestart(reason, message);
    }

    protected override void PostRestart(Exception reason)
    {
        _probe.Tell("postRestart " + reason.Message);
        base.PostRestart(reason);
    }
}
