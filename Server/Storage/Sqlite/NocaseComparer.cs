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

    // Names equal here are equal ignoring case ordinally too, so that hash (vectorized) serves; it only lumps
    // together a few more names, those differing in the case of a non-ASCII letter.
    public int GetHashCode(string name) => string.GetHashCode(name, StringComparison.OrdinalIgnoreCase);

    private static char Fold(char c) => c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
}
