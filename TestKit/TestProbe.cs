using ActorChat.Actors;

namespace ActorChat.TestKit;

/// <summary>
/// A stand-in actor for tests (Akka.TestKit's <c>TestProbe</c>): give <see cref="Ref"/> to the code under test, then
/// assert on what it received with the Expect methods; answer with <see cref="Reply"/>. Like Akka's, a probe is
/// itself an <see cref="IActorRef"/> (messages told to it go to <see cref="Ref"/>).
/// </summary>
public class TestProbe : TestKitBase, IActorRef, IActorRefSurrogate
{
    internal TestProbe(ActorSystem system, TestKitSettings settings, TestLogSink logSink, string name)
        : base(system, settings, logSink, name) { }

    /// <summary>The probe's actor reference.</summary>
    public IActorRef Ref => TestActor;

    /// <summary>The sender of the last received message.</summary>
    public IActorRef Sender => LastSender;

    /// <summary>The probe's actor path.</summary>
    public ActorPath Path => Ref.Path;

    IActorRef IActorRefSurrogate.Underlying => Ref;

    /// <summary>Sends <paramref name="message"/> to the probe.</summary>
    public void Tell(object message, IActorRef? sender) => Ref.Tell(message, sender);

    /// <summary>True when <paramref name="other"/> is this probe or its <see cref="Ref"/>.</summary>
    public bool Equals(IActorRef? other) => other is not null && Ref.Equals(other.Unwrap());

    /// <summary>Answers the sender of the last received message, as the probe.</summary>
    public void Reply(object message) => LastSender.Tell(message, Ref);

    /// <summary>Sends the last received message on to <paramref name="actor"/>, keeping its original sender.</summary>
    /// <exception cref="InvalidOperationException">Nothing was received yet.</exception>
    public void Forward(IActorRef actor) =>
        actor.Tell(LastMessage ?? throw new InvalidOperationException("The probe has received nothing to forward."), LastSender);

    /// <summary>Sends <paramref name="message"/> to <paramref name="actor"/> with the probe as sender.</summary>
    public void Send(IActorRef actor, object message) => actor.Tell(message, Ref);

    /// <inheritdoc />
    public override string ToString() => $"TestProbe[{Ref.Path}]";
}
