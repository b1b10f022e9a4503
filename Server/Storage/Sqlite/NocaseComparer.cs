namespace ActorChat.Server.Storage.Sqlite;

/// <summary>
/// Compares names as SQLite's NOCASE collation does: ASCII letters without case, every other character exactly.
/// So that names grouped in memory are the names the tables treat as one.
/// </summary>
internal sealed class NocaseComparer : IEqualityComparer<string>
{
    public static readonly NocaseComparer Instance = new();

    private NocaseComparer()
    {
    }

    public bool Equals(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        if (x is null || y is null || x.Length != y.Length)
        {
            return false;
        }

        for (var i = 0; i < x.Length; i++)
        {
            if (Fold(x[i]) != Fold(y[i]))
            {
                return false;
            }
        }

        return true;
    }

    public int GetHashCode(string name)
    {
        var hash = new HashCode();
        foreach (var c in name)
        {
            hash.Add(Fold(c));
        }

        return hash.ToHashCode();
    }

    private static char Fold(char c) => c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
}
