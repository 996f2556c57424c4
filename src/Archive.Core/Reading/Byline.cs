using System.Text.RegularExpressions;
using Archive.Model;

namespace Archive.Reading;

/// <summary>What a byline/time line says: who, for whom, and when.</summary>
/// <param name="Place">A filing place printed beside the time ("Updated - July 10, 2025 02:32 pm IST - NEW DELHI").</param>
public sealed record BylineInfo(string? Source, IReadOnlyList<string> Authors, WrittenTime? Published, WrittenTime? Updated, string? Place = null)
{
    public static BylineInfo None { get; } = new(null, [], null, null);

    /// <summary>Only a source name (a site name or agency line), nothing else.</summary>
    public bool IsSourceOnly => Source is not null && Authors.Count == 0 && Published is null && Updated is null;

    /// <summary>Combines two lines of one byline; what the first said stands.</summary>
    public BylineInfo Merge(BylineInfo other) => new(
        Source ?? other.Source,
        Authors.Count > 0 ? Authors : other.Authors,
        Published ?? other.Published,
        Updated ?? other.Updated,
        Place ?? other.Place);
}

/// <summary>Recognises byline and time lines: <c>(Xinhua) 10:20, July 11, 2025</c>, <c>By Zhang San (China Daily)</c>,
/// <c>Source: Xinhua| 2019-02-24 15:38:49|Editor: huaxia</c>, <c>Updated: 2014-10-09 03:25</c>, <c>By Jane Doe, Reuters</c>.</summary>
public static partial class Byline
{
    private const int MaxLength = 200;

    [GeneratedRegex(@"(?<!\bLast)\s+(?=(?:Source|Published|Updated|Update|Modified|Last Updated|Posted|Editor|Editors|Web editor|Responsible editor|Date)\s*:)", RegexOptions.IgnoreCase)]
    private static partial Regex InlineLabel();

    [GeneratedRegex(@"^(?<label>Source|Published|Page last updated(?:\s+at)?|Updated|Update|Modified|Issued|Last Updated|Posted|First published|Date|Time|Editor|Editors|Web editor|Responsible editor|Authors?|Reporters?|Written by)(?:\s+on)?(?:\s*[:\-–]\s*|\s+(?=\d|[A-Z][a-z]{2}))", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    [GeneratedRegex(@"^\(?(?<source>[A-Z][^()|:]{0,60}?)\)\s*")]
    private static partial Regex SourceInParentheses();

    [GeneratedRegex(@"^By\s+(?<names>[^()|]+?)\s*(?:\((?<source>[^()|]{1,60})\)\s*|$)", RegexOptions.IgnoreCase)]
    private static partial Regex ByLine();

    [GeneratedRegex(@"^(?<source>.+?)\s+(?:staff\s+)?(?:writers?|reporters?|correspondents?|journalists?)\s+(?<names>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex AgencyWriters();

    [GeneratedRegex(@"^(?<source>.+?)\s+(?:staff\s+)?(?:writers?|reporters?|correspondents?|journalists?)$", RegexOptions.IgnoreCase)]
    private static partial Regex AgencyStaff();

    [GeneratedRegex(@"^(?<time>.+?)\s+[-–]\s+(?<place>[A-Z][A-Z .'’\-]{1,40})$")]
    private static partial Regex TrailingPlace();

    [GeneratedRegex(@"\s+\d{1,2}:\d{2}\s+UK$")]
    private static partial Regex TrailingUkTime();

    [GeneratedRegex(@"^[A-Z][\w'’\-]*(?:,\s*[A-Z][\w'’\-]*){1,6}$")]
    private static partial Regex CategoryList();

    private static readonly char[] Dashes = ['-', '–', '—'];
    private static readonly char[] SegmentBars = ['|', '│', '丨'];

    /// <summary>Reads <paramref name="line"/> as a byline/time line; false when any part of it is something else.</summary>
    public static bool TryParse(string line, SiteConfig config, out BylineInfo info)
    {
        info = BylineInfo.None;
        var text = line.Trim();
        if (text.Length is 0 or > MaxLength) return false;
        text = BylineRepairs.Apply(text);
        if (text.Length == 0) return false;
        var result = BylineInfo.None;
        var source = SourceInParentheses().Match(text);
        if (source.Success && !text.StartsWith("By", StringComparison.OrdinalIgnoreCase))
        {
            result = result with { Source = source.Groups["source"].Value.Trim() };
            text = text[source.Length..];
        }
        var segments = InlineLabel().Replace(text, "|").Split(SegmentBars).Select(s => s.Trim().Trim(Dashes).Trim()).ToList();
        string? bareName = null;
        var skippedCategories = false;
        for (var i = 0; i < segments.Count; i++)
        {
            if (TryParseSegment(segments[i], config, ref result)) continue;
            // Section lists after the time ("| All, World, Japan") and a bare name before it ("Jane Doe | 10.07.2025") are kept apart
            // and only accepted once the rest of the line proved to be a byline.
            if (i > 0 && (CategoryList().IsMatch(segments[i]) || IsSiteToken(segments[i]))) { skippedCategories = true; continue; }
            // A section label ("Business News | Sat Mar 5, 2016 | ...") or a filing place ("BEIJING | By Kevin Yao") opens some bylines.
            if (i == 0 && segments.Count > 1 && IsSectionLabel(segments[i])) { skippedCategories = true; continue; }
            if (i == 0 && segments.Count > 1 && IsCapsPlace(segments[i])) { result = result with { Place = segments[i] }; skippedCategories = true; continue; }
            if (i == 0 && segments.Count > 1 && Names.Split(segments[i]) is { Count: <= 3 }) { bareName = segments[i]; continue; }
            return false;
        }
        if ((bareName is not null || skippedCategories) && result.Published is null && result.Updated is null && result.Authors.Count == 0) return false;
        if (bareName is not null) result = result with { Authors = Names.Split(bareName) ?? [] };
        if (result == BylineInfo.None || (result.Source is null && result.Authors.Count == 0 && result.Published is null && result.Updated is null))
            return false;
        info = result;
        return true;
    }

    private static readonly HashSet<string> SectionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "News", "World", "Business", "Markets", "Politics", "Sports", "Technology", "Tech", "Opinion", "Commentary", "Science",
        "Health", "Entertainment", "Lifestyle", "Culture", "Economy", "Asia", "Europe", "Americas", "Africa", "China",
    };

    /// <summary>"Business News", "World", "Asia Pacific News": a page section's label, all of it section words or places.</summary>
    private static bool IsSectionLabel(string segment)
    {
        var words = segment.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 3 && SectionWords.Contains(words[^1]) && words.All(w => w.Length > 0 && char.IsUpper(w[0]));
    }

    /// <summary>"BEIJING", "NEW YORK": a filing place in capitals.</summary>
    private static bool IsCapsPlace(string segment) =>
        segment.Length is >= 3 and <= 30 && segment.Count(char.IsLetter) >= 3 && !segment.Any(char.IsLower) && !segment.Any(char.IsAsciiDigit)
        && segment.All(c => char.IsLetter(c) || c is ' ' or '.' or '-' or '\'' or '’') && segment.Split(' ').Length <= 3;

    /// <summary>An unknown site or edition name between a byline's parts: "By OASIS HU in Hong Kong | chinadailyhk | Updated: ...".</summary>
    private static bool IsSiteToken(string segment) =>
        segment.Length <= 30 && !segment.Any(char.IsAsciiDigit) && !Paragraphs.EndsSentence(segment) && segment.Split(' ').Length <= 3;

    /// <summary>The spelling a known source is listed under ("cgtn" -> "CGTN"), or null when it is not known.</summary>
    public static string? KnownSpelling(string text, SiteConfig config)
    {
        var name = text.Trim().TrimEnd('.', ',');
        if (config.SourceAliases.TryGetValue(name, out var canonical)) return canonical;
        if (Agencies.TryGetValue(name, out var listed)) return listed;
        return config.SourceTimeZones.ContainsKey(name) ? name : null;
    }

    private static bool TryParseSegment(string segment, SiteConfig config, ref BylineInfo result)
    {
        if (segment.Length == 0) return true;
        var label = Label().Match(segment);
        if (label.Success) return TryParseLabelled(label.Groups["label"].Value.ToLowerInvariant(), segment[label.Length..].Trim(), config, ref result);
        var by = ByLine().Match(segment);
        if (by.Success) return TryParseBy(by, segment[by.Length..], config, ref result);
        if (DateTimeText.TryParse(segment, out var time))
        {
            result = result.Published is null ? result with { Published = time } : result with { Updated = time };
            return true;
        }
        if (IsKnownSource(segment, config))
        {
            result = result with { Source = result.Source ?? segment };
            return true;
        }
        return TryParseSourceWithExtra(segment, config, ref result);
    }

    /// <summary>"KYODO NEWS - Jul 10, 2025 - 21:45", "Associated Press – Mon, Mar 5, 2012" (a source and its time) and "BBC News, Beijing" (a source and its desk).</summary>
    private static bool TryParseSourceWithExtra(string segment, SiteConfig config, ref BylineInfo result)
    {
        var dash = segment.IndexOfAny(Dashes);
        while (dash > 0 && !(segment[dash - 1] == ' ' && dash + 1 < segment.Length && segment[dash + 1] == ' ')) dash = segment.IndexOfAny(Dashes, dash + 1);
        if (dash > 0 && IsKnownSource(segment[..dash], config) && DateTimeText.TryParse(segment[(dash + 2)..], out var time))
        {
            result = result with { Source = result.Source ?? segment[..dash].Trim(), Published = result.Published ?? time };
            return true;
        }
        var comma = segment.IndexOf(',');
        if (comma > 0 && IsKnownSource(segment[..comma], config) && Names.IsPlaceName(segment[(comma + 1)..].Trim()))
        {
            result = result with { Source = result.Source ?? segment[..comma].Trim() };
            return true;
        }
        return TryParseNameThenDesk(segment, config, ref result) || TryParseTimeThenSource(segment, config, ref result) || TryParsePlaceThenTime(segment, ref result) || TryParseNewsroom(segment, config, ref result);
    }

    /// <summary>"KENTARO IWAMOTO, Nikkei staff writer": the author, then the paper's desk.</summary>
    private static bool TryParseNameThenDesk(string segment, SiteConfig config, ref BylineInfo result)
    {
        var match = NameThenDesk().Match(segment);
        if (!match.Success || !IsKnownSource(match.Groups["source"].Value, config) || Names.Split(match.Groups["names"].Value) is not { } authors) return false;
        result = result with { Source = result.Source ?? match.Groups["source"].Value.Trim(), Authors = result.Authors.Count > 0 ? result.Authors : authors };
        return true;
    }

    [GeneratedRegex(@"^(?<names>[^,]{3,80}),\s+(?<source>.{2,40}?)\s+(?:staff\s+|senior\s+|chief\s+)?(?:writers?|reporters?|correspondents?|editors?)$", RegexOptions.IgnoreCase)]
    private static partial Regex NameThenDesk();

    /// <summary>"2024-03-04 09:12:45 ECNS": a time and the source that published it.</summary>
    private static bool TryParseTimeThenSource(string segment, SiteConfig config, ref BylineInfo result)
    {
        if (!DateTimeText.TryMatch(segment, 0, out var time, out var length) || !IsKnownSource(segment[length..], config)) return false;
        result = result with { Source = result.Source ?? segment[length..].Trim(), Published = result.Published ?? time };
        return true;
    }

    /// <summary>"ROME, 05 March 2024, 12:14": the filing place in capitals, then the time.</summary>
    private static bool TryParsePlaceThenTime(string segment, ref BylineInfo result)
    {
        var place = CapsPlaceThenTime().Match(segment);
        if (!place.Success || !DateTimeText.TryParse(segment[place.Length..], out var time)) return false;
        result = result with { Published = result.Published ?? time, Place = result.Place ?? place.Groups["place"].Value };
        return true;
    }

    [GeneratedRegex(@"^(?<place>[A-Z][A-Z.'’\-]+(?:\s[A-Z][A-Z.'’\-]+){0,3}),\s*")]
    private static partial Regex CapsPlaceThenTime();

    /// <summary>"Redazione ANSA", "Reuters staff", "AFP newsroom": the agency's desk, not a person.</summary>
    private static bool TryParseNewsroom(string segment, SiteConfig config, ref BylineInfo result)
    {
        var match = Newsroom().Match(segment);
        var name = match.Groups["before"].Success ? match.Groups["before"].Value : match.Groups["after"].Value;
        if (!match.Success || !IsKnownSource(name, config)) return false;
        result = result with { Source = result.Source ?? name.Trim() };
        return true;
    }

    [GeneratedRegex(@"^(?:(?:Redazione|Redaktion|Redacción|Rédaction)\s+(?<after>.{2,40})|(?<before>.{2,40}?)\s+(?:staff|newsroom|desk|editors|staff reporters?))$", RegexOptions.IgnoreCase)]
    private static partial Regex Newsroom();

    private static bool TryParseLabelled(string label, string value, SiteConfig config, ref BylineInfo result)
    {
        switch (label)
        {
            case "source":
                var (name, time) = SplitTrailingTime(value);
                if (name.Length is 0 or > 60 || name.EndsWith('.')) return false;
                result = result with { Source = result.Source ?? name, Published = result.Published ?? time };
                return true;
            case "editor" or "editors" or "web editor" or "responsible editor":
                var (_, editedAt) = SplitTrailingTime(value);
                result = result with { Published = result.Published ?? editedAt };
                return value.Length <= 80;
            case "updated" or "update" or "modified" or "last updated" or "page last updated" or "page last updated at":
                if (!TryParseTime(value, out var updated, out var updatedPlace)) return false;
                result = result with { Updated = updated, Place = result.Place ?? updatedPlace };
                return true;
            case "published" or "posted" or "first published" or "issued" or "date" or "time":
                if (!TryParseTime(value, out var published, out var publishedPlace)) return false;
                result = result with { Published = published, Place = result.Place ?? publishedPlace };
                return true;
            default:
                var authors = Names.Split(value);
                if (authors is null) return false;
                result = result with { Authors = authors };
                return true;
        }
    }

    /// <summary>A labelled time, with the filing place some sites print after it and the UK clock time the BBC appended.</summary>
    private static bool TryParseTime(string value, out WrittenTime time, out string? place)
    {
        place = null;
        value = TrailingUkTime().Replace(value, "");
        if (DateTimeText.TryParse(value, out time)) return true;
        var split = TrailingPlace().Match(value);
        if (!split.Success || !DateTimeText.TryParse(split.Groups["time"].Value, out time)) return false;
        place = split.Groups["place"].Value.Trim();
        return true;
    }

    private static bool TryParseBy(Match by, string rest, SiteConfig config, ref BylineInfo result)
    {
        var names = by.Groups["names"].Value.Trim();
        string? source = by.Groups["source"].Success ? by.Groups["source"].Value.Trim() : null;
        if (IsKnownSource(names, config)) return Done(ref result, names, [], rest);
        // "By GT staff reporters": the agency, no person.
        if (AgencyStaff().Match(names) is { Success: true } staff && IsKnownSource(staff.Groups["source"].Value, config))
            return Done(ref result, staff.Groups["source"].Value, [], rest);
        var writers = AgencyWriters().Match(names);
        if (writers.Success && IsKnownSource(writers.Groups["source"].Value, config))
        {
            source ??= writers.Groups["source"].Value;
            names = writers.Groups["names"].Value;
        }
        if (source is null && TrailingSource(names, config) is { } trailing)
        {
            source = trailing;
            names = names[..^trailing.Length].TrimEnd(' ', ',');
        }
        // "By Michael Bristow BBC News, Beijing": the outlet follows the name without a comma, its desk's city after one.
        var lastComma = names.LastIndexOf(',');
        if (source is null && lastComma > 0 && Names.IsPlaceName(names[(lastComma + 1)..].Trim())
            && names[..lastComma].TrimEnd() is var beforeCity && TrailingSource(beforeCity, config) is { } outlet)
        {
            source = outlet;
            names = beforeCity[..^outlet.Length].TrimEnd(' ', ',');
        }
        var parts = names.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        // "By MARTHA RAFFAELE, Associated Press Writer": the agency's desk after the name.
        var desk = parts.Length > 1 ? AgencyStaff().Match(parts[^1]) : Match.Empty;
        var deskSource = desk.Success && IsKnownSource(desk.Groups["source"].Value, config) ? desk.Groups["source"].Value : null;
        if (source is null && parts.Length > 1 && (IsKnownSource(parts[^1], config) || deskSource is not null))
        {
            source = deskSource ?? parts[^1];
            names = string.Join(", ", parts[..^1]);
        }
        var authors = Names.Split(names);
        return authors is not null && Done(ref result, source, authors, rest);
    }

    private static bool Done(ref BylineInfo result, string? source, IReadOnlyList<string> authors, string rest)
    {
        var tail = rest.Trim();
        WrittenTime? time = null;
        if (tail.Length > 0)
        {
            if (!DateTimeText.TryParse(tail, out var parsed)) return false;
            time = parsed;
        }
        result = result with
        {
            Source = result.Source ?? source,
            Authors = result.Authors.Count > 0 ? result.Authors : authors,
            Published = result.Published ?? time,
        };
        return true;
    }

    /// <summary>The agency named after the authors without a comma: "ZEKE MILLER and DIDI TANG Associated Press".</summary>
    private static string? TrailingSource(string names, SiteConfig config)
    {
        var words = names.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var count = Math.Min(4, words.Length - 1); count >= 1; count--)
        {
            var tail = string.Join(' ', words[^count..]);
            if (IsKnownSource(tail, config) && names.EndsWith(tail, StringComparison.Ordinal)) return tail;
        }
        return null;
    }

    /// <summary>Splits "Xinhua 2019-02-24 15:38:49" into the name and the time that ends it.</summary>
    private static (string Name, WrittenTime? Time) SplitTrailingTime(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (!char.IsAsciiDigit(value[i]) && !char.IsAsciiLetterUpper(value[i])) continue;
            if (i > 0 && !char.IsWhiteSpace(value[i - 1])) continue;
            if (DateTimeText.TryMatch(value, i, out var time, out var length) && value[(i + length)..].Trim().Length == 0)
                return (value[..i].Trim(), time);
        }
        return (value.Trim(), null);
    }

    /// <summary>A source the config knows by name or alias, or a wire agency any reader would recognise.</summary>
    public static bool IsKnownSource(string text, SiteConfig config)
    {
        var name = text.Trim().TrimEnd('.', ',');
        return name.Length > 0 && (config.SourceAliases.ContainsKey(name) || config.SourceTimeZones.ContainsKey(name) || Agencies.Contains(name));
    }

    private static readonly HashSet<string> Agencies = new(StringComparer.OrdinalIgnoreCase)
    {
        "Xinhua", "Reuters", "AP", "AFP", "dpa", "KCNA", "Yonhap", "Kyodo", "TASS", "ANSA", "EFE", "Bloomberg", "UPI",
        "CNA", "Bernama", "Antara", "IANS", "PTI", "CGTN", "CCTV", "China News Service", "Sputnik", "RIA Novosti",
        "People's Daily", "China Daily", "Global Times", "BBC", "Agencies", "Xinhua News Agency", "Associated Press",
        "ANI", "NHK", "Al Jazeera", "UN News", "The Hindu", "Anadolu", "Anadolu Agency", "South China Morning Post", "SCMP",
        "Kyodo News", "NHK World", "NHK WORLD-JAPAN", "Yonhap News Agency", "France 24", "Bernama", "Xinhuanet",
        "ECNS", "Shanghai Daily", "SHINE", "Bloomberg News", "CRI", "China Radio International", "CRI Online", "Rodong Sinmun",
        "RIA", "Japan Times", "The Japan Times", "Korea Herald", "The Korea Herald", "Korea Times", "The Korea Times", "Jiji",
        "Jiji Press", "Reuters Breakingviews", "Breakingviews", "Nikkei", "Nikkei Asia", "Nikkei Asian Review", "Korea JoongAng Daily", "JoongAng Daily", "chinadailyhk", "China Daily Hong Kong", "China Daily HK", "The Guardian", "Guardian", "Guardian News & Media", "Press Trust of India", "Indo-Asian News Service", "Antara News", "Al Jazeera English", "Vietnam News Agency", "VNA",
    };
}
