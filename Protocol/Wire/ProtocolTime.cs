namespace ActorChat.Protocol;

/// <summary>
/// The one time format of the protocol: ISO 8601 in UTC with a <c>Z</c>, to the millisecond,
/// always <see cref="Length"/> ASCII characters: <c>2026-11-21T09:30:00.123Z</c>.
/// </summary>
public static class ProtocolTime
{
    /// <summary>The length of a formatted time, in bytes and in characters.</summary>
    public const int Length = 24;

    /// <summary>
    /// Writes <paramref name="time"/> into <paramref name="destination"/> (at least <see cref="Length"/> bytes).
    /// Sub-millisecond ticks are truncated. A <see cref="DateTimeKind.Local"/> time is converted to UTC;
    /// an <see cref="DateTimeKind.Unspecified"/> one is taken to be UTC already.
    /// </summary>
    /// <param name="time">The instant to write.</param>
    /// <param name="destination">Where the 24 ASCII bytes go.</param>
    /// <returns><see cref="Length"/>.</returns>
    public static int Format(DateTime time, Span<byte> destination)
    {
        if (destination.Length < Length)
        {
            throw new ArgumentException($"The destination needs {Length} bytes.", nameof(destination));
        }

        if (time.Kind == DateTimeKind.Local)
        {
            time = time.ToUniversalTime();
        }

        // One date decomposition instead of one per Year/Month/Day property.
        time.Deconstruct(out int year, out int month, out int day);
        long ticksOfDay = time.Ticks % TimeSpan.TicksPerDay;
        int millisecondOfDay = (int)(ticksOfDay / TimeSpan.TicksPerMillisecond);
        Digits(destination, 0, year, 4);
        destination[4] = (byte)'-';
        Digits(destination, 5, month, 2);
        destination[7] = (byte)'-';
        Digits(destination, 8, day, 2);
        destination[10] = (byte)'T';
        Digits(destination, 11, millisecondOfDay / 3_600_000, 2);
        destination[13] = (byte)':';
        Digits(destination, 14, millisecondOfDay / 60_000 % 60, 2);
        destination[16] = (byte)':';
        Digits(destination, 17, millisecondOfDay / 1000 % 60, 2);
        destination[19] = (byte)'.';
        Digits(destination, 20, millisecondOfDay % 1000, 3);
        destination[23] = (byte)'Z';
        return Length;
    }

    /// <summary>The formatted time as a string (for logs, tests and stores; the wire path uses the span overload).</summary>
    /// <param name="time">The instant to format.</param>
    public static string Format(DateTime time)
    {
        Span<byte> bytes = stackalloc byte[Length];
        Format(time, bytes);
        Span<char> chars = stackalloc char[Length];
        for (int i = 0; i < Length; i++)
        {
            chars[i] = (char)bytes[i];
        }

        return new string(chars);
    }

    /// <summary>
    /// Reads a time in exactly the protocol's format (no other ISO 8601 shape is accepted).
    /// </summary>
    /// <param name="utf8">The 24 bytes of the time.</param>
    /// <param name="time">The instant, of kind <see cref="DateTimeKind.Utc"/>, when the result is true.</param>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out DateTime time)
    {
        time = default;
        if (utf8.Length != Length
            || utf8[4] != '-' || utf8[7] != '-' || utf8[10] != 'T' || utf8[13] != ':' || utf8[16] != ':'
            || utf8[19] != '.' || utf8[23] != 'Z')
        {
            return false;
        }

        if (!TryDigits(utf8, 0, 4, out int year) || !TryDigits(utf8, 5, 2, out int month)
            || !TryDigits(utf8, 8, 2, out int day) || !TryDigits(utf8, 11, 2, out int hour)
            || !TryDigits(utf8, 14, 2, out int minute) || !TryDigits(utf8, 17, 2, out int second)
            || !TryDigits(utf8, 20, 3, out int millisecond))
        {
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        time = new DateTime(year, month, day, hour, minute, second, millisecond, DateTimeKind.Utc);
        return true;
    }

    /// <summary>Reads a time in exactly the protocol's format from characters.</summary>
    /// <param name="text">The 24 characters of the time.</param>
    /// <param name="time">The instant, of kind <see cref="DateTimeKind.Utc"/>, when the result is true.</param>
    public static bool TryParse(ReadOnlySpan<char> text, out DateTime time)
    {
        time = default;
        if (text.Length != Length)
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[Length];
        for (int i = 0; i < Length; i++)
        {
            if (text[i] > 127)
            {
                return false;
            }

            bytes[i] = (byte)text[i];
        }

        return TryParse(bytes, out time);
    }

    private static void Digits(Span<byte> destination, int offset, int value, int count)
    {
        for (int i = offset + count - 1; i >= offset; i--)
        {
            destination[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }

    private static bool TryDigits(ReadOnlySpan<byte> source, int offset, int count, out int value)
    {
        value = 0;
        for (int i = offset; i < offset + count; i++)
        {
            int digit = source[i] - '0';
            if ((uint)digit > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }
}
