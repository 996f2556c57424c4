using System.Globalization;
using System.Text.RegularExpressions;
using Archive.Model;

namespace Archive.Reading;

/// <summary>A date found in a file's folders or name: <c>2025/07/11-x.txt</c> (day known) or <c>2025/07/x.txt</c> (month only).</summary>
public sealed record PathDate(int Year, int Month, int? Day)
{
    /// <summary>The latest day the path allows: datelines precede publication, so years are inferred against it.</summary>
    public DateOnly Latest => new(Year, Month, Day ?? DateTime.DaysInMonth(Year, Month));
}

/// <summary>Decides when an article was published, from the strongest evidence the file offers; never the file's mtime.</summary>
public static partial class PublicationDate
{
    [GeneratedRegex(@"(?<![\d])(?<year>(?:19|20)\d{2})(?<sep>[-/_.]?)(?<month>0[1-9]|1[0-2])(?:\k<sep>(?<day>0[1-9]|[12]\d|3[01]))?(?![\d])")]
    private static partial Regex PathDatePattern();

    /// <summary>A time the text wrote, read in its own zone if it named one, else the source's, else the site's.</summary>
    public static DateTimeOffset FromWritten(WrittenTime time, string? canonicalSource, SiteConfig config) =>
        time.Offset is { } offset ? new DateTimeOffset(time.Local, offset) : DateParsing.InZone(time.Local, config.ZoneFor(canonicalSource));

    /// <summary>The most specific date in the path (a day beats a month), or null.</summary>
    public static PathDate? FromPath(string path)
    {
        PathDate? best = null;
        foreach (Match match in PathDatePattern().Matches(path))
        {
            var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
            var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
            int? day = match.Groups["day"].Success ? int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture) : null;
            if (day > DateTime.DaysInMonth(year, month)) day = null;
            if (best is null || day is not null || best.Day is null) best = new PathDate(year, month, day);
        }
        return best;
    }

    /// <summary>Publication from a dateline's date when the text gives no time: midnight in the source's zone, with a warning.</summary>
    public static DateTimeOffset FromDateline(DateOnly date, string? canonicalSource, SourceFile file, int line, SiteConfig config, DiagnosticBag diagnostics)
    {
        diagnostics.Warning(file.At(line), $"no publication time in the text; used the dateline's date, {Iso(date)}");
        return DateParsing.InZone(date.ToDateTime(TimeOnly.MinValue), config.ZoneFor(canonicalSource));
    }

    /// <summary>Publication from the path's date, with a warning; an error when the path has none either.</summary>
    public static DateTimeOffset? FromPath(PathDate? date, string? canonicalSource, SourceFile file, SiteConfig config, DiagnosticBag diagnostics)
    {
        if (date is null)
        {
            diagnostics.Error(file.At(), "no publication date: add a byline time, a dated dateline, front matter 'date:', or put the file in a YYYY/MM folder");
            return null;
        }
        var day = new DateOnly(date.Year, date.Month, date.Day ?? 1);
        diagnostics.Warning(file.At(), $"no publication date in the text; guessed {Iso(day)} from the file's path");
        return DateParsing.InZone(day.ToDateTime(TimeOnly.MinValue), config.ZoneFor(canonicalSource));
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
