namespace ActorChat.LoadTest.Hosting;

/// <summary>
/// Reads the CPU time a process has used from <c>/proc/&lt;pid&gt;/stat</c> (Linux): user plus system time, all threads.
/// CPU per message is a figure that a busy shared machine disturbs far less than throughput or latency are.
/// </summary>
public static class ProcessCpu
{
    // USER_HZ: the unit of utime/stime in /proc/<pid>/stat; 100 on every Linux architecture .NET runs on.
    private const double TicksPerSecond = 100;

    /// <summary>User plus system seconds from a stat file's text, or null when malformed.</summary>
    public static double? ParseStat(string statText)
    {
        // The command name (field 2) is in parentheses and may itself contain spaces or parentheses.
        int close = statText.LastIndexOf(')');
        if (close < 0) return null;
        string[] fields = statText[(close + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // After the name: state is field 3, so utime (field 14) and stime (field 15) are at 11 and 12 here.
        if (fields.Length < 13 || !long.TryParse(fields[11], out long user) || !long.TryParse(fields[12], out long system)) return null;
        return (user + system) / TicksPerSecond;
    }

    /// <summary>CPU seconds process <paramref name="pid"/> has used, or null when it cannot be read.</summary>
    public static double? Seconds(int pid)
    {
        try { return ParseStat(File.ReadAllText($"/proc/{pid}/stat")); }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }
}
