namespace ActorChat.Actors.Configuration;

/// <summary>
/// The spec's size-in-bytes units: powers of ten for kB, MB, ... and kilobyte, ...; powers of two for K/k, Ki,
/// KiB, kibibyte and their kin. A number without a unit is bytes.
/// </summary>
internal static class ByteSizeFormat
{
    private static readonly Dictionary<string, decimal> BytesPerUnit = Build();

    private static Dictionary<string, decimal> Build()
    {
        var units = new List<(decimal, string[])> { (1m, ["", "B", "b", "byte", "bytes"]) };
        string[] decimalPrefixes = ["kilo", "mega", "giga", "tera", "peta", "exa", "zetta", "yotta"];
        string[] binaryPrefixes = ["kibi", "mebi", "gibi", "tebi", "pebi", "exbi", "zebi", "yobi"];
        const string letters = "KMGTPEZY";
        decimal ten = 1m, two = 1m;
        for (var i = 0; i < letters.Length; i++)
        {
            ten *= 1000m;
            two *= 1024m;
            var letter = letters[i].ToString();
            var symbol = i == 0 ? "k" : letter; // kB, not KB: K alone is the binary unit.
            units.Add((ten, [symbol + "B", decimalPrefixes[i] + "byte", decimalPrefixes[i] + "bytes"]));
            units.Add((two, [letter, letter.ToLowerInvariant(), letter + "i", letter + "iB", binaryPrefixes[i] + "byte", binaryPrefixes[i] + "bytes"]));
        }
        return DurationFormat.Build([.. units]);
    }

    /// <summary>The size written as <paramref name="text"/>, or an error message saying why it is not one.</summary>
    public static bool TryParse(string text, out long bytes, out string error)
    {
        bytes = 0;
        if (!DurationFormat.TrySplit(text, out var number, out var unit))
        {
            error = "expected a size in bytes: a number with an optional unit (B, kB, KiB, MB, MiB, GB, GiB, ...)";
            return false;
        }
        if (!BytesPerUnit.TryGetValue(unit, out var factor))
        {
            error = $"unknown size unit '{unit}' (B, kB/K/Ki/KiB, MB/M/Mi/MiB, GB/G/Gi/GiB, ... up to YB/YiB, or long forms such as kilobytes, mebibytes)";
            return false;
        }
        try
        {
            var exact = number * factor;
            if (exact != decimal.Truncate(exact))
            {
                error = "the size is not a whole number of bytes";
                return false;
            }
            bytes = decimal.ToInt64(exact);
            error = "";
            return true;
        }
        catch (OverflowException)
        {
            error = "the size does not fit in a 64-bit number of bytes";
            return false;
        }
    }
}
