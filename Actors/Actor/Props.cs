using System.Linq.Expressions;
using System.Reflection;

namespace ActorChat.Actors;

/// <summary>
/// An immutable recipe for an actor (Akka.NET's <c>Props</c>): how to build a fresh instance, at creation and at every
/// restart, and optionally how it supervises its children.
/// </summary>
public sealed class Props
{
    private readonly IIndirectActorProducer _producer;

    private Props(IIndirectActorProducer producer, SupervisorStrategy? supervisorStrategy)
    {
        _producer = producer;
        SupervisorStrategy = supervisorStrategy;
    }

    private Props(Type type, Func<ActorBase> factory, SupervisorStrategy? supervisorStrategy)
        : this(new DelegateActorProducer(type, factory), supervisorStrategy)
    {
    }

    /// <summary>The actor's type.</summary>
    public Type Type => _producer.ActorType;

    /// <summary>The strategy for the actor's children; null means the actor's own <c>SupervisorStrategy()</c>.</summary>
    public SupervisorStrategy? SupervisorStrategy { get; }

    /// <summary>Props for <typeparamref name="TActor"/> built with its parameterless constructor.</summary>
    public static Props Create<TActor>(SupervisorStrategy? supervisorStrategy = null) where TActor : ActorBase, new() =>
        new(typeof(TActor), static () => new TActor(), supervisorStrategy);

    /// <summary>Props from a <c>() =&gt; new TActor(args)</c> expression. The arguments are evaluated once, now,
    /// and reused for every restart, as in Akka.NET.</summary>
    /// <exception cref="ArgumentException">The expression is not a constructor call.</exception>
    public static Props Create<TActor>(Expression<Func<TActor>> factory, SupervisorStrategy? supervisorStrategy = null)
        where TActor : ActorBase
    {
        ArgumentNullException.ThrowIfNull(factory);
        if (factory.Body is not NewExpression { Constructor: { } constructor } newExpression)
            throw new ArgumentException("The create function must be a 'new T(args)' expression.", nameof(factory));
        var args = newExpression.Arguments.Select(Evaluate).ToArray();
        return new Props(typeof(TActor), () => (ActorBase)constructor.Invoke(args), supervisorStrategy);
    }

    /// <summary>Props for <typeparamref name="TActor"/> built with the constructor matching <paramref name="args"/> (by reflection).</summary>
    public static Props Create<TActor>(params object?[] args) where TActor : ActorBase => Create(typeof(TActor), args);

    /// <summary>Props for <paramref name="type"/> built with the constructor matching <paramref name="args"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="type"/> is not an actor type.</exception>
    public static Props Create(Type type, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (!typeof(ActorBase).IsAssignableFrom(type) || type.IsAbstract)
            throw new ArgumentException($"{type} is not a concrete actor type.", nameof(type));
        return new Props(type, () => (ActorBase)Activator.CreateInstance(type, args)!, null);
    }

    /// <summary>Props whose instances <paramref name="producer"/> builds: no expression and no reflection per actor.</summary>
    /// <exception cref="ArgumentException">The producer's <see cref="IIndirectActorProducer.ActorType"/> is not an actor type.</exception>
    public static Props CreateBy(IIndirectActorProducer producer, SupervisorStrategy? supervisorStrategy = null)
    {
        ArgumentNullException.ThrowIfNull(producer);
        if (!typeof(ActorBase).IsAssignableFrom(producer.ActorType))
            throw new ArgumentException($"{producer.ActorType} is not an actor type.", nameof(producer));
        return new Props(producer, supervisorStrategy);
    }

    /// <summary>These props with <paramref name="supervisorStrategy"/> for the actor's children.</summary>
    public Props WithSupervisorStrategy(SupervisorStrategy supervisorStrategy) => new(_producer, supervisorStrategy);

    internal void Release(ActorBase actor) => _producer.Release(actor);

    internal ActorBase NewActor()
    {
        try
        {
            return _producer.Produce();
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }
    }

    private static object? Evaluate(Expression expression) => expression switch
    {
        ConstantExpression c => c.Value,
        MemberExpression { Member: FieldInfo f } m => f.GetValue(m.Expression is null ? null : Evaluate(m.Expression)),
        MemberExpression { Member: PropertyInfo p } m => p.GetValue(m.Expression is null ? null : Evaluate(m.Expression)),
        _ => Expression.Lambda<Func<object?>>(Expression.Convert(expression, typeof(object))).Compile(preferInterpretation: true)(),
    };

    /// <inheritdoc />
    public override string ToString() => $"Props<{Type.Name}>";
}
