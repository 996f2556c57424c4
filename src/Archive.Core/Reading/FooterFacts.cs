using System.Globalization;
using System.Text.RegularExpressions;
using Archive.Model;

namespace Archive.Reading;

/// <summary>What the page furniture below a story gives away: the site in its copyright line or "Source:" tag, and KCNA's
/// Juche-calendar date stamp. Weaker evidence than any byline or dateline, used only when those are silent.</summary>
public static partial class FooterFacts
{
    [GeneratedRegex(@"^(?:Copyright\s*)?(?:©|\(c\)|Copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?<name>[A-Za-z][\w '’&\-]*?)\s*(?:\.|,|\bAll rights\b|\bor its\b|$)", RegexOptions.IgnoreCase)]
    private static partial Regex CopyrightLine();

    [GeneratedRegex(@"^Source\s*:\s*(?<name>[A-Za-z][\w '’&\-]{0,40}?)(?:\s+and\s+(?:news\s+)?agencies)?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex SourceTag();

    [GeneratedRegex(@"\s+(?:Publishers?|Media Network|Publishing|Group)?\s*(?:Ltd|Limited|Inc|LLC|Co)?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex CompanySuffix();

    [GeneratedRegex(@"^Source\s*:\s*(?<names>[A-Za-z][\w '’&\-]{0,30}(?:/[A-Za-z][\w '’&\-]{0,30}){1,4})$", RegexOptions.IgnoreCase)]
    private static partial Regex AgencyCredit();

    [GeneratedRegex(@"^(?:Reporters?|Writers?|Written by)\s*:\s*(?<names>[^:|]{2,120})$", RegexOptions.IgnoreCase)]
    private static partial Regex ReporterLine();

    [GeneratedRegex(@"\(Juche(?<year>\d{2,3})\.(?<month>\d{1,2})\.(?<day>\d{1,2})\.?\)")]
    private static partial Regex JucheStamp();

    /// <summary>The known source a footer line names, or null.</summary>
    public static string? SourceFrom(string line, SiteConfig config)
    {
        if (line.StartsWith("Anadolu Agency website", StringComparison.Ordinal)) return "Anadolu Agency";
        if (line.StartsWith("==", StringComparison.Ordinal)) return Known(line.TrimStart('=').Trim(), config);
        if (line.StartsWith("www.kcna.kp", StringComparison.OrdinalIgnoreCase)) return "KCNA";
        if (DomainSource(line, config) is { } fromDomain) return fromDomain;
        // "Source: Reuters/AFP/fh": the agencies a site credits, then an editor's initials.
        if (AgencyCredit().Match(line) is { Success: true } credit)
            return credit.Groups["names"].Value.Split('/').Select(n => Byline.KnownSpelling(n, config)).FirstOrDefault(n => n is not null);
        var match = SourceTag().Match(line);
        if (!match.Success) match = CopyrightLine().Match(line);
        if (!match.Success) return null;
        var name = CompanySuffix().Replace(match.Groups["name"].Value.Trim(), "").Trim();
        if (name.StartsWith("The ", StringComparison.OrdinalIgnoreCase) && !Byline.IsKnownSource(name, config)) name = name[4..];
        return Known(name, config);
    }

    /// <summary>The authors a credit line below the story names ("Reporter: Andi Firdaus"), or null.</summary>
    public static IReadOnlyList<string>? AuthorsFrom(string line) =>
        ReporterLine().Match(line) is { Success: true } match ? Names.Split(match.Groups["names"].Value.Trim()) : null;

    [GeneratedRegex(@"(?:@|\bwww\.|\b)(?<name>[a-z][a-z0-9\-]{1,30})\.(?:com|cn|org|net|kp|jp|kr|in|co\.uk|com\.cn)\b")]
    private static partial Regex DomainName();

    /// <summary>A known source named by a site address or e-mail in a footer note: "contact us at opinions@cgtn.com".</summary>
    private static string? DomainSource(string line, SiteConfig config)
    {
        foreach (Match match in DomainName().Matches(line))
        {
            if (Byline.KnownSpelling(match.Groups["name"].Value, config) is { } name) return name;
        }
        return null;
    }

    [GeneratedRegex(@"[\w.+\-]+@(?<name>[a-z][a-z0-9\-]{1,30})\.(?:com|cn|org|net|kp|jp|kr|in|co\.uk|com\.cn)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EmailDomain();

    /// <summary>The publisher an opinion piece's last paragraph gives its contact address at: "... opinion@globaltimes.com.cn".</summary>
    public static string? ContactSource(string paragraph, SiteConfig config)
    {
        foreach (Match match in EmailDomain().Matches(paragraph))
        {
            if (Byline.KnownSpelling(match.Groups["name"].Value, config) is { } name) return name;
        }
        return null;
    }

    private static string? Known(string name, SiteConfig config)
    {
        if (!Byline.IsKnownSource(name, config)) return null;
        return name.Any(char.IsLower) || name.Length <= 5 ? name : Names.NameCase(name);
    }

    /// <summary>KCNA's stamp "(Juche114.7.14.)": year 1 of the Juche calendar is 1912.</summary>
    public static DateOnly? DateFrom(string line)
    {
        var match = JucheStamp().Match(line);
        if (!match.Success) return null;
        var year = 1911 + int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }
}
