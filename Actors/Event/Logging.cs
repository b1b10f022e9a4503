using Microsoft.Extensions.Logging;

namespace ActorChat.Actors;

/// <summary>Getting a logger (Akka.NET's <c>Akka.Event.Logging</c>).</summary>
public static class Logging
{
    /// <summary>A logger for the current actor: category = the actor's type, scope field <c>ActorPath</c> = its path.</summary>
    public static ILoggingAdapter GetLogger(this IActorContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new LoggerAdapter(context.System.LoggerFactory.CreateLogger(context.Props.Type), context.Self.Path);
    }

    /// <summary>A logger for <paramref name="logSource"/> in <paramref name="system"/>: category = the source's type.</summary>
    public static ILoggingAdapter GetLogger(ActorSystem system, object logSource)
    {
        ArgumentNullException.ThrowIfNull(system);
        var path = logSource is IActorRef actor ? actor.Path : ActorPath.CreateRoot(system.Name);
        var category = logSource as Type ?? logSource.GetType();
        return new LoggerAdapter(system.LoggerFactory.CreateLogger(category), path);
    }
}
