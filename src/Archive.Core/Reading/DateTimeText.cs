using System.Globalization;
using System.Text.RegularExpressions;
using Archive.Configuration;

namespace Archive.Reading;

/// <summary>A date and time as a text wrote it: wall-clock time, with the offset the text named, if any.</summary>
public sealed record WrittenTime(DateTime Local, TimeSpan? Offset, bool HasTime);

/// <summary>Recognises the date-time forms news pages print: <c>10:20, July 11, 2025</c>, <c>2019-02-24 15:38:49</c>,
/// <c>Tuesday, 20 December 2005, 07:55 GMT</c>, <c>20:13 UTC+8, 2023-01-26</c>, <c>Jul 10, 2025 09:48 PM</c>.</summary>
public static partial class DateTimeText
{
    private const string Time = @"(?<hour>\d{1,2}):(?<minute>\d{2})(?::(?<second>\d{2}))?(?:\s*(?<ampm>[AaPp]\.?\s?[Mm]\.?))?";
    // After a date, the Guardian writes the time with a dot: "Tue 5 Mar 2024 03.12 GMT".
    private const string TimeAfterDate = @"(?<hour>\d{1,2})[:.](?<minute>\d{2})(?::(?<second>\d{2}))?(?:\s*(?<ampm>[AaPp]\.?\s?[Mm]\.?))?";
    private const string Zone = @"(?:\s*\(?(?<zone>(?:UTC|GMT)\s*[+\-−]\s*\d{1,2}(?::?\d{2})?|UTC|GMT|BJT|Beijing Time|EDT|EST|CDT|CST|PDT|PST|MDT|MST|BST|CET|CEST|KST|JST|HKT|SGT|IST|MSK|TRT|ET|PT|Z)\)?(?![\w]))?";
    private const string Weekday = @"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s+";
    private const string Month = DateParsing.MonthPattern;
    private const string MonthDayYear = @"(?<month>" + Month + @")\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>\d{4})";
    private const string DayMonthYear = @"(?<day>\d{1,2})(?:st|nd|rd|th)?(?:\s+|-)(?<month>" + Month + @")(?:,?\s+|-)(?<year>\d{4})";
    private const string Numeric = @"(?<year>\d{4})(?<dsep>[-/.])(?<monthNumber>\d{1,2})\k<dsep>(?<day>\d{1,2})";
    // Day first, as European and Turkish pages print it: 10.07.2025, 10/07/2025.
    private const string NumericDayFirst = @"(?<day>\d{1,2})(?<dsep>[/.])(?<monthNumber>\d{1,2})\k<dsep>(?<year>\d{4})";
    private const string Date = "(?:" + Weekday + ")?(?:" + MonthDayYear + "|" + DayMonthYear + "|" + Numeric + "|" + NumericDayFirst + ")";

    [GeneratedRegex(@"\G\s*(?:" + Time + Zone + @",?\s+(?:on\s+)?" + Date + "|" + Date + @"(?:(?:,\s*|\s+-\s+|\s+|T)(?:at\s+)?" + TimeAfterDate + @"(?:\.\d+)?" + Zone + @"(?<iso>[+\-]\d{2}:\d{2})?)?)" + @"(?![\w])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateTimePattern();

    /// <summary>Matches a date-time at <paramref name="start"/> (after spaces); <paramref name="length"/> is how much was read.</summary>
    public static bool TryMatch(string text, int start, out WrittenTime time, out int length)
    {
        time = new WrittenTime(default, null, false);
        length = 0;
        if (start >= text.Length) return false;
        var match = DateTimePattern().Match(text, start);
        if (!match.Success || !TryBuild(match, out time)) return false;
        length = match.Length;
        return true;
    }

    /// <summary>True when the whole of <paramref name="text"/> is one date-time.</summary>
    public static bool TryParse(string text, out WrittenTime time) =>
        TryMatch(text, 0, out time, out var length) && text[length..].Trim() is "" or ".";

    private static bool TryBuild(Match match, out WrittenTime time)
    {
        time = new WrittenTime(default, null, false);
        int month;
        if (match.Groups["monthNumber"].Success) month = Number(match, "monthNumber");
        else if (!DateParsing.TryMonth(match.Groups["month"].Value, out month)) return false;
        var year = Number(match, "year");
        var day = Number(match, "day");
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        var hasTime = match.Groups["hour"].Success;
        var hour = hasTime ? Number(match, "hour") : 0;
        var minute = hasTime ? Number(match, "minute") : 0;
        var second = match.Groups["second"].Success ? Number(match, "second") : 0;
        if (match.Groups["ampm"].Success)
        {
            if (hour is < 1 or > 12) return false;
            var pm = char.ToUpperInvariant(match.Groups["ampm"].Value[0]) == 'P';
            hour = hour % 12 + (pm ? 12 : 0);
        }
        if (hour > 23 || minute > 59 || second > 59) return false;
        TimeSpan? offset = match.Groups["iso"].Success ? ParseOffset(match.Groups["iso"].Value) : null;
        var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
        offset ??= match.Groups["zone"].Success ? ZoneOffset(match.Groups["zone"].Value) ?? SeasonalOffset(match.Groups["zone"].Value, local) : null;
        time = new WrittenTime(local, offset, hasTime);
        return true;
    }

    private static int Number(Match match, string group) =>
        int.TryParse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : -1;

    /// <summary>The offset a zone abbreviation names; null for names that mean different zones to different readers (CST).</summary>
    public static TimeSpan? ZoneOffset(string zone)
    {
        var compact = zone.Replace(" ", "").Replace('−', '-').ToUpperInvariant();
        if (compact.StartsWith("UTC", StringComparison.Ordinal) || compact.StartsWith("GMT", StringComparison.Ordinal))
            return compact.Length == 3 ? TimeSpan.Zero : ParseOffset(compact[3..]);
        return compact switch
        {
            "Z" => TimeSpan.Zero,
            "BJT" or "BEIJINGTIME" or "HKT" or "SGT" => TimeSpan.FromHours(8),
            "IST" => new TimeSpan(5, 30, 0),
            "MSK" or "TRT" => TimeSpan.FromHours(3),
            "KST" or "JST" => TimeSpan.FromHours(9),
            "BST" or "CET" => TimeSpan.FromHours(1),
            "CEST" => TimeSpan.FromHours(2),
            "EDT" => TimeSpan.FromHours(-4),
            "EST" or "CDT" => TimeSpan.FromHours(-5),
            "MDT" => TimeSpan.FromHours(-6),
            "MST" or "PDT" => TimeSpan.FromHours(-7),
            "PST" => TimeSpan.FromHours(-8),
            _ => null,
        };
    }

    /// <summary>"ET" and "PT" (old AP and Yahoo pages) mean daylight or standard time as the date falls.</summary>
    private static TimeSpan? SeasonalOffset(string zone, DateTime local) => zone.ToUpperInvariant() switch
    {
        "ET" => DateParsing.InZone(local, TimeZones.Find("America/New_York")).Offset,
        "PT" => DateParsing.InZone(local, TimeZones.Find("America/Los_Angeles")).Offset,
        _ => null,
    };

    private static TimeSpan? ParseOffset(string text)
    {
        if (text.Length < 2 || text[0] is not ('+' or '-')) return null;
        var digits = text[1..].Replace(":", "");
        if (digits.Length is 0 or > 4 || !digits.All(char.IsAsciiDigit)) return null;
        var hours = int.Parse(digits.Length <= 2 ? digits : digits[..^2], CultureInfo.InvariantCulture);
        var minutes = digits.Length > 2 ? int.Parse(digits[^2..], CultureInfo.InvariantCulture) : 0;
        if (hours > 14 || minutes > 59) return null;
        var offset = new TimeSpan(hours, minutes, 0);
        return text[0] == '-' ? -offset : offset;
    }
}
