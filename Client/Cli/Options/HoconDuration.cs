using System.Globalization;

namespace ActorChat.Client.Cli.Options;

/// <summary>HOCON durations: a number and a unit (<c>ns us ms s m h d</c> and their long forms); no unit means milliseconds.</summary>
internal static class HoconDuration
{
    /// <summary>Parses <paramref name="text"/>; a bare number counts <paramref name="bareUnitMilliseconds"/> each.</summary>
    public static bool TryParse(string text, out TimeSpan value, double bareUnitMilliseconds = 1)
    {
        value = default;
        text = text.Trim();
        var split = 0;
        while (split < text.Length && (char.IsAsciiDigit(text[split]) || text[split] == '.')) split++;
        if (split == 0 || !double.TryParse(text[..split], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            return false;
        double? milliseconds = text[split..].Trim() switch
        {
            "" => bareUnitMilliseconds,
            "ns" or "nanosecond" or "nanoseconds" => 1e-6,
            "us" or "microsecond" or "microseconds" => 1e-3,
            "ms" or "millisecond" or "milliseconds" => 1,
            "s" or "second" or "seconds" => 1000,
            "m" or "minute" or "minutes" => 60_000,
            "h" or "hour" or "hours" => 3_600_000,
            "d" or "day" or "days" => 86_400_000,
            _ => null,
        };
        if (milliseconds is null) return false;
        value = TimeSpan.FromMilliseconds(number * milliseconds.Value);
        return true;
    }
}
