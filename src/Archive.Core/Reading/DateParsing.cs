using System.Globalization;

namespace Archive.Reading;

/// <summary>Date helpers shared by the readers: ISO forms, month names, local times in a zone.</summary>
public static class DateParsing
{
    private static readonly string[] IsoLocalFormats =
    [
        "yyyy-MM-dd", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss",
        "yyyy-MM-ddTHH:mm:ss.FFFFFFF", "yyyy/MM/dd", "yyyy/MM/dd HH:mm", "yyyy/MM/dd HH:mm:ss",
    ];

    private static readonly string[] IsoOffsetFormats =
    [
        "yyyy-MM-ddTHH:mm:sszzz", "yyyy-MM-ddTHH:mmzzz", "yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd HH:mm:sszzz",
        "yyyy-MM-dd HH:mmzzz", "yyyy-MM-ddTHH:mm:ssZ", "yyyy-MM-ddTHH:mm:ss.FFFFFFFZ", "yyyy-MM-dd HH:mm:ssZ",
    ];

    /// <summary>Parses ISO 8601 dates; a date or time without an offset is read in <paramref name="zone"/>.</summary>
    public static bool TryParseIso(string text, TimeZoneInfo zone, out DateTimeOffset result)
    {
        if (text.EndsWith('Z') || HasOffset(text))
        {
            if (DateTimeOffset.TryParseExact(text, IsoOffsetFormats, CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal, out result)) return true;
        }
        if (DateTime.TryParseExact(text, IsoLocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            result = InZone(local, zone);
            return true;
        }
        result = default;
        return false;
    }

    private static bool HasOffset(string text) =>
        text.Length > 16 && (text[^6] is '+' or '-') && text[^3] == ':';

    /// <summary>A wall-clock time in a zone as an offset time (the earlier reading when clocks go back; skipped times move forward).</summary>
    public static DateTimeOffset InZone(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local)) local = local.AddHours(1);
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    private static readonly Dictionary<string, int> Months = BuildMonths();

    private static Dictionary<string, int> BuildMonths()
    {
        var months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var names = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;
        for (var i = 0; i < 12; i++)
        {
            months[names[i]] = i + 1;
            months[names[i][..3]] = i + 1;
        }
        months["Sept"] = 9;
        return months;
    }

    /// <summary>Month number for a full or abbreviated English month name, with or without a dot.</summary>
    public static bool TryMonth(string name, out int month) => Months.TryGetValue(name.TrimEnd('.'), out month);

    /// <summary>The regex alternation that matches month names as <see cref="TryMonth"/> accepts them.</summary>
    public const string MonthPattern =
        @"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";

    /// <summary>The date nearest before (or on) <paramref name="reference"/> with this month and day: datelines precede publication.</summary>
    public static DateOnly? InferYear(int month, int day, DateOnly reference)
    {
        for (var year = reference.Year + 1; year >= reference.Year - 1; year--)
        {
            if (day > DateTime.DaysInMonth(year, month)) continue;
            var candidate = new DateOnly(year, month, day);
            if (candidate <= reference.AddDays(1)) return candidate;
        }
        return null;
    }
}
