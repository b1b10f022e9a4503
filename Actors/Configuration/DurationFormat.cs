using System.Globalization;

namespace ActorChat.Actors.Configuration;

/// <summary>
/// The spec's "units format" (optional whitespace, a number, optional whitespace, optional letters) and its
/// duration units, which are lowercase only. A number without a unit is milliseconds.
/// </summary>
internal static class DurationFormat
{
    private static readonly Dictionary<string, decimal> TicksPerUnit = Build(
        (0.01m, ["ns", "nano", "nanos", "nanosecond", "nanoseconds"]),
        (10m, ["us", "micro", "micros", "microsecond", "microseconds"]),
        (TimeSpan.TicksPerMillisecond, ["", "ms", "milli", "millis", "millisecond", "milliseconds"]),
        (TimeSpan.TicksPerSecond, ["s", "second", "seconds"]),
        (TimeSpan.TicksPerMinute, ["m", "minute", "minutes"]),
        (TimeSpan.TicksPerHour, ["h", "hour", "hours"]),
        (TimeSpan.TicksPerDay, ["d", "day", "days"]));

    internal static Dictionary<string, decimal> Build(params (decimal Factor, string[] Names)[] units)
    {
        var map = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (factor, names) in units)
            foreach (var name in names) map[name] = factor;
        return map;
    }

    /// <summary>Splits "1.5 s" into 1.5 and "s"; false when the text is not a number followed by letters.</summary>
    internal static bool TrySplit(string text, out decimal number, out string unit)
    {
        var trimmed = text.Trim();
        var unitStart = trimmed.Length;
        while (unitStart > 0 && char.IsLetter(trimmed[unitStart - 1])) unitStart--;
        unit = trimmed[unitStart..];
        return decimal.TryParse(trimmed[..unitStart].TrimEnd(), NumberStyles.Float, CultureInfo.InvariantCulture, out number);
    }

    /// <summary>The duration written as <paramref name="text"/>, or an error message saying why it is not one.</summary>
    public static bool TryParse(string text, bool allowInfinite, out TimeSpan duration, out string error)
    {
        duration = TimeSpan.Zero;
        if (text.Trim() == "infinite")
        {
            duration = Timeout.InfiniteTimeSpan;
            error = "an infinite duration is not allowed here";
            return allowInfinite;
        }
        if (!TrySplit(text, out var number, out var unit))
        {
            error = "expected a duration: a number with an optional unit (ns, us, ms, s, m, h, d or their long forms)";
            return false;
        }
        if (!TicksPerUnit.TryGetValue(unit, out var factor))
        {
            error = $"unknown duration unit '{unit}' (units are lowercase: ns, us, ms, s, m, h, d, or nanoseconds, microseconds, milliseconds, seconds, minutes, hours, days)";
            return false;
        }
        try
        {
            duration = TimeSpan.FromTicks(decimal.ToInt64(decimal.Round(number * factor)));
            error = "";
            return true;
        }
        catch (OverflowException)
        {
            error = "the duration is out of range";
            return false;
        }
    }
}
