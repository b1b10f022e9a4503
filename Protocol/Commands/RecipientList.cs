using System.Text;

namespace ActorChat.Protocol;

/// <summary>Splits <c>MSG</c>'s comma list into names, dropping repeats (first spelling and order kept).</summary>
internal static class RecipientList
{
    // Above this many names a set beats comparing each with all before it (a hostile line may hold ~2,000).
    private const int LinearLimit = 8;

    /// <summary>The names, or null when the list has an empty element.</summary>
    public static string[]? Parse(ReadOnlySpan<byte> list)
    {
        int count = list.Count((byte)',') + 1;
        var names = new string[count];
        HashSet<string>? seen = count > LinearLimit ? new HashSet<string>(count, ChatName.Comparer) : null;
        int kept = 0;
        while (true)
        {
            int comma = list.IndexOf((byte)',');
            ReadOnlySpan<byte> element = comma < 0 ? list : list[..comma];
            if (element.IsEmpty)
            {
                return null;
            }

            string name = Encoding.UTF8.GetString(element);
            if (seen is null ? !Contains(names, kept, name) : seen.Add(name))
            {
                names[kept++] = name;
            }

            if (comma < 0)
            {
                break;
            }

            list = list[(comma + 1)..];
        }

        if (kept < count)
        {
            Array.Resize(ref names, kept);
        }

        return names;
    }

    private static bool Contains(string[] names, int count, string name)
    {
        for (int i = 0; i < count; i++)
        {
            if (ChatName.Comparer.Equals(names[i], name))
            {
                return true;
            }
        }

        return false;
    }
}
