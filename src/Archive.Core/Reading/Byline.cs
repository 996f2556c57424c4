using System.Globalization;
using System.Text.RegularExpressions;

namespace Archive.Reading;

/// <summary>What a byline/time line says: who, for whom, and when (wall-clock time, with an offset if the text gives one).</summary>
public sealed record BylineInfo(string? Source, IReadOnlyList<string> Authors, DateTime? LocalTime, TimeSpan? Offset);

/// <summary>Recognises byline and time lines such as <c>(Xinhua) 10:20, July 11, 2025</c>.</summary>
public static partial class Byline
{
    private const string Month = DateParsing.MonthPattern;

    // (Xinhua) 10:20, July 11, 2025 -- also with the opening parenthesis lost in copying.
    [GeneratedRegex(@"^\(?(?<source>[A-Z][\w .'&-]{0,60}?)\)\s*(?<hour>\d{1,2}):(?<minute>\d{2}),?\s+(?<month>" + Month + @")\s+(?<day>\d{1,2}),\s*(?<year>\d{4})$")]
    private static partial Regex SourceTimeDate();

    // By Zhang San (China Daily) 08:32, March 3, 2024  /  By ZHANG SAN(China Daily USA)
    [GeneratedRegex(@"^By\s+(?<authors>[^()]+?)\s*\((?<source>[^)]+)\)\s*(?:(?<hour>\d{1,2}):(?<minute>\d{2}),?\s+(?<month>" + Month + @")\s+(?<day>\d{1,2}),\s*(?<year>\d{4}))?$")]
    private static partial Regex AuthorSourceTime();

    // By Jane Doe, Reuters
    [GeneratedRegex(@"^By\s+(?<authors>[^,()]+?)(?:,\s*(?<source>[A-Z][\w .'&-]{1,40}))?$")]
    private static partial Regex AuthorCommaSource();

    public static bool TryParse(string line, out BylineInfo info)
    {
        line = line.Trim();
        var match = SourceTimeDate().Match(line);
        if (match.Success)
        {
            info = new(match.Groups["source"].Value.Trim(), [], Time(match), null);
            return true;
        }
        match = AuthorSourceTime().Match(line);
        if (match.Success)
        {
            info = new(match.Groups["source"].Value.Trim(), Authors(match.Groups["authors"].Value), Time(match), null);
            return true;
        }
        match = AuthorCommaSource().Match(line);
        if (match.Success && line.Length < 120)
        {
            var source = match.Groups["source"].Success ? match.Groups["source"].Value.Trim() : null;
            info = new(source, Authors(match.Groups["authors"].Value), null, null);
            return true;
        }
        info = new(null, [], null, null);
        return false;
    }

    private static DateTime? Time(Match match)
    {
        if (!match.Groups["year"].Success || !DateParsing.TryMonth(match.Groups["month"].Value, out var month)) return null;
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        var hour = match.Groups["hour"].Success ? int.Parse(match.Groups["hour"].Value, CultureInfo.InvariantCulture) : 0;
        var minute = match.Groups["minute"].Success ? int.Parse(match.Groups["minute"].Value, CultureInfo.InvariantCulture) : 0;
        if (year is < 1 or > 9999 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59) return null;
        return new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
    }

    private static IReadOnlyList<string> Authors(string text) =>
        text.Split([",", " and ", "&"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(NameCase)
            .ToList();

    /// <summary>ZHANG SAN -> Zhang San; mixed-case names are kept as written.</summary>
    private static string NameCase(string name) =>
        name.Any(char.IsLower) ? name : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name.ToLowerInvariant());
}
