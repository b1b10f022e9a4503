namespace ActorChat.Actors;

/// <summary>
/// Lets a thread run the turns of the actors it tells itself, at once, instead of queueing them on the thread pool.
/// </summary>
/// <remarks>
/// <para>
/// Inside <see cref="Enter"/>, a <c>Tell</c> to an actor that is idle runs that actor's turn on the calling thread
/// before <c>Tell</c> returns, and the actors that turn tells run the same way, at most <see cref="MaxDepth"/> turns
/// deep. An actor that is busy (its turn runs elsewhere, or further up this very thread) just gets the message queued,
/// so an actor still handles one message at a time, in arrival order. Outside a scope nothing changes.
/// </para>
/// <para>
/// It is for a thread that has just taken input off a socket: the message then goes from the socket to the actors that
/// handle it without a hand-off to another thread, each of which costs a wake-up and a context switch, and on a busy
/// machine a wait for a core. <see cref="Suspend"/> turns it off again for a stretch, such as a message told to
/// many actors at once, which are better left to the pool where each can take several such messages in one turn.
/// </para>
/// </remarks>
public static class CallingThreadDispatch
{
    /// <summary>Turns nested on one thread, at most: a chain of actors longer than this continues on the pool.</summary>
    public const int MaxDepth = 4;

    [ThreadStatic] private static int t_entered;
    [ThreadStatic] private static int t_suspended;
    [ThreadStatic] private static int t_depth;

    /// <summary>Until the returned scope is disposed, messages told on this thread run idle receivers here.</summary>
    public static Scope Enter()
    {
        t_entered++;
        return new Scope(suspends: false);
    }

    /// <summary>Until the returned scope is disposed, messages told on this thread are queued as usual.</summary>
    public static Scope Suspend()
    {
        t_suspended++;
        return new Scope(suspends: true);
    }

    /// <summary>True, and one turn deeper, when a turn may run on this thread now; end it with <see cref="EndTurn"/>.</summary>
    internal static bool TryBeginTurn()
    {
        if (t_entered == 0 || t_suspended != 0 || t_depth >= MaxDepth) return false;
        t_depth++;
        return true;
    }

    internal static void EndTurn() => t_depth--;

    /// <summary>An open <see cref="Enter"/> or <see cref="Suspend"/>; dispose it on the thread that opened it.</summary>
    public readonly struct Scope : IDisposable
    {
        private readonly bool _suspends;

        internal Scope(bool suspends) => _suspends = suspends;

        /// <summary>Closes the scope.</summary>
        public void Dispose()
        {
            if (_suspends) t_suspended--;
            else t_entered--;
        }
    }
}
