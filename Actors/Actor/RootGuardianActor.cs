namespace ActorChat.Actors;

/// <summary>The root of the hierarchy: when /user has stopped, it stops itself, which stops /system, and then the
/// system is terminated. Any failure escalated to it stops the failing guardian.</summary>
internal sealed class RootGuardianActor : ActorBase
{
    protected override void PreStart() => Context.Watch(Context.Child("user"));

    protected override bool Receive(object message)
    {
        if (message is Terminated) Context.Stop(Self);
        return true;
    }

    protected override SupervisorStrategy SupervisorStrategy() => Actors.SupervisorStrategy.StoppingStrategy;
}
