namespace ActorChat.LoadTest.Hosting;

/// <summary>
/// Runs the harness's socket completions on the runtime's socket event threads rather than handing each to the thread
/// pool, so the harness takes less of the machine from the server it measures.
/// </summary>
/// <remarks>
/// The harness's handlers only count, time and check a line, and its sends never block, so they can run where the
/// runtime sees the socket ready. Handed to the pool, each received line woke a worker: at 10,000 messages/s on a
/// 2-core machine the harness took 9 to 14 s of CPU in a 12 s run, and the server it measured was left waiting for a
/// core (docs/benchmarks.md, "The harness's socket completions run inline"). The runtime reads the variable once, at
/// the process's first socket, so it is set first thing in <c>Main</c>.
/// </remarks>
public static class InlineSocketCompletions
{
    /// <summary>The runtime's switch ("1": continuations run on the socket event thread).</summary>
    public const string Variable = "DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS";

    private static volatile bool s_setByHarness;

    /// <summary>Turns them on for this process unless its environment already says either way.</summary>
    public static void Enable() => Enable(Environment.GetEnvironmentVariable, Environment.SetEnvironmentVariable);

    /// <summary>
    /// Keeps the harness's own choice out of a server it starts, which must run as it would without the harness; a
    /// value the operator set is passed on.
    /// </summary>
    public static void KeepOutOf(IDictionary<string, string?> childEnvironment)
    {
        if (s_setByHarness) childEnvironment.Remove(Variable);
    }

    /// <summary>Sets the variable through <paramref name="set"/> when <paramref name="get"/> has none; true if it did.</summary>
    internal static bool Enable(Func<string, string?> get, Action<string, string?> set)
    {
        if (get(Variable) is not null) return false;
        set(Variable, "1");
        s_setByHarness = true;
        return true;
    }
}
