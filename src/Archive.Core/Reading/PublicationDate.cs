using System.Globalization;
using System.Text.RegularExpressions;
using Archive.Model;

namespace Archive.Reading;

/// <summary>Decides when an article was published, from the strongest evidence the file offers.</summary>
public static partial class PublicationDate
{
    public static DateTimeOffset? Resolve(DateTimeOffset? frontMatter, BylineInfo? byline, string? source, SourceFile file, SiteConfig config, DiagnosticBag diagnostics)
    {
        if (frontMatter is not null) return frontMatter;
        if (byline?.LocalTime is not { } local) return null;
        if (byline.Offset is { } offset) return new DateTimeOffset(local, offset);
        var zone = config.ZoneFor(source is null ? null : config.CanonicalSource(source));
        return DateParsing.InZone(local, zone);
    }

    public static DateTimeOffset FromDatelineDate(DateOnly date, string? source, SourceFile file, SiteConfig config, DiagnosticBag diagnostics)
    {
        diagnostics.Warning(file.At(), "no publication time found; using the dateline's date");
        var zone = config.ZoneFor(source is null ? null : config.CanonicalSource(source));
        return DateParsing.InZone(date.ToDateTime(TimeOnly.MinValue), zone);
    }

    [GeneratedRegex(@"(?<!\d)(?<year>(?:19|20)\d{2})[-/_.]?(?<month>0[1-9]|1[0-2])(?:[-/_.]?(?<day>0[1-9]|[12]\d|3[01]))?(?!\d)")]
    private static partial Regex PathDate();

    /// <summary>A date from the folders or file name (<c>2025/07/11-x.txt</c>, <c>2025/07/x.txt</c>); null with an error when none.</summary>
    public static DateTimeOffset? FromPath(SourceFile file, SiteConfig config, DiagnosticBag diagnostics)
    {
        var match = PathDate().Matches(file.Path).LastOrDefault(m => m.Groups["day"].Success) ?? PathDate().Matches(file.Path).LastOrDefault();
        if (match is null)
        {
            diagnostics.Error(file.At(), "no publication date: add a byline time, a dateline, front matter 'date:', or put the file in a YYYY/MM folder");
            return null;
        }
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
        var day = match.Groups["day"].Success ? int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture) : 1;
        if (day > DateTime.DaysInMonth(year, month)) day = 1;
        diagnostics.Warning(file.At(), $"no publication date in the text; guessed {year:D4}-{month:D2}-{day:D2} from the file's path");
        return DateParsing.InZone(new DateTime(year, month, day), config.TimeZone);
    }
}
