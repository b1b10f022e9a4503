using System.Runtime.InteropServices;

namespace ActorChat.LoadTest.Measurement;

/// <summary>
/// Sleeps until a <see cref="Clock"/> time with sub-millisecond precision where the OS allows it, without burning a
/// core: <see cref="Thread.Sleep(int)"/> while far away, then <c>usleep</c> with the thread's timer slack lowered
/// (Linux), so a 10,000/s schedule is kept to tens of microseconds on a shared 2-core machine.
/// </summary>
public static class PreciseWait
{
    private const int PrSetTimerSlack = 29;
    private static bool s_native = OperatingSystem.IsLinux();

    /// <summary>Asks the OS for fine timer wake-ups on the calling thread; call once on the thread that waits.</summary>
    public static void TightenTimerSlackForThisThread()
    {
        if (!s_native) return;
        try { _ = prctl(PrSetTimerSlack, 1, 0, 0, 0); }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException) { s_native = false; }
    }

    /// <summary>Returns once <paramref name="clock"/> reads at least <paramref name="dueTicks"/>.</summary>
    public static void Until(Clock clock, long dueTicks)
    {
        while (true)
        {
            long remaining = dueTicks - clock.Now;
            if (remaining <= 0) return;
            long micros = remaining * 1_000_000 / Clock.Frequency;
            if (micros > 2_000) Thread.Sleep((int)(micros / 1000) - 1);
            else if (micros > 0 && s_native) SleepMicros((uint)micros);
            else Thread.Yield();
        }
    }

    private static void SleepMicros(uint micros)
    {
        try { _ = usleep(micros); }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException) { s_native = false; }
    }

    [DllImport("libc.so.6", EntryPoint = "usleep")]
    private static extern int usleep(uint microseconds);

    [DllImport("libc.so.6", EntryPoint = "prctl")]
    private static extern int prctl(int option, ulong arg2, ulong arg3, ulong arg4, ulong arg5);
}
