namespace ActorChat.Tests;

/// <summary>What is still reachable after a full, blocking collection: for tests that something was let go.</summary>
/// <remarks>A non-generic <see cref="WeakReference"/> asked <see cref="WeakReference.IsAlive"/> hands out no strong
/// reference, which a Debug build would keep in the test's frame.</remarks>
internal static class FullCollection
{
    /// <summary>Collects fully, finalizers included, and counts the targets still alive.</summary>
    public static int CountAlive(IEnumerable<WeakReference> references)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return references.Count(reference => reference.IsAlive);
    }

    /// <summary>Collects fully and tells whether <paramref name="reference"/>'s target is still alive.</summary>
    public static bool KeepsAlive(WeakReference reference) => CountAlive([reference]) > 0;
}
