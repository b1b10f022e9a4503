namespace ActorChat.LoadTest.Hosting;

/// <summary>Reads a process's resident memory from <c>/proc/&lt;pid&gt;/status</c> (Linux).</summary>
public static class ProcessMemory
{
    /// <summary>The VmRSS line of a status file's text in bytes, or null when absent or malformed.</summary>
    public static long? ParseVmRss(string statusText)
    {
        foreach (string line in statusText.Split('\n'))
        {
            if (!line.StartsWith("VmRSS:", StringComparison.Ordinal)) continue;
            string[] parts = line["VmRSS:".Length..].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 2 && parts[1] == "kB" && long.TryParse(parts[0], out long kib)) return kib * 1024;
            return null;
        }
        return null;
    }

    /// <summary>The resident memory of process <paramref name="pid"/> in bytes, or null when it cannot be read.</summary>
    public static long? ResidentBytes(int pid)
    {
        try { return ParseVmRss(File.ReadAllText($"/proc/{pid}/status")); }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }
}
