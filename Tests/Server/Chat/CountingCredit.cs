using ActorChat.Server.Transport;

namespace ActorChat.Tests.Server.Chat;

/// <summary>A read-loop credit that counts how often it was handed back.</summary>
internal sealed class CountingCredit : IInboundCredit
{
    private int _count;

    /// <summary>Times <see cref="InboundHandled"/> was called.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <inheritdoc />
    public void InboundHandled() => Interlocked.Increment(ref _count);
}
