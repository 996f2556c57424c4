using System.Text.RegularExpressions;
using Archive.Model;

namespace Archive.Reading;

/// <summary>The lines above a wire story's body: site names and kickers, the headline, byline and time lines, chrome.</summary>
/// <param name="Title">The headline, or null when the text opens with its body.</param>
/// <param name="Byline">What the byline and time lines said, merged.</param>
/// <param name="SiteSource">A source named only by a site-name line or a headline suffix (" - Xinhua"): the weakest evidence.</param>
/// <param name="BodyStart">Index of the first body line.</param>
public sealed partial record WireHeader(string? Title, BylineInfo Byline, string? SiteSource, int BodyStart, IReadOnlyList<string> Captions)
{
    private const int MaxTitleLength = 250;

    /// <summary>Headers are a few lines; past this many the rest is body, which keeps hostile input linear.</summary>
    private const int MaxHeaderLines = 60;

    [GeneratedRegex(@"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+/?$")]
    private static partial Regex Domain();

    [GeneratedRegex(@"\s+[-|–—]\s+(?<source>[A-Za-z][\w .'’&]{1,40})$")]
    private static partial Regex TitleSuffix();

    public static WireHeader Read(IReadOnlyList<string> lines, SiteConfig config)
    {
        string? title = null;
        string? site = null;
        var byline = BylineInfo.None;
        var captions = new List<string>();
        BylineInfo? pageDate = null;
        var i = 0;
        var seen = 0;
        for (; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.Length > 0 && ++seen > MaxHeaderLines) break;
            if (line.Length == 0 || line.Length > 2000) { if (line.Length == 0) continue; break; }
            if (Reading.Byline.TryParse(line, config, out var info))
            {
                if (title is null && info.IsSourceOnly) site ??= info.Source;
                // A bare date above the headline is often the site's "today" stamp: the story's own byline time wins over it.
                else if (title is null && IsBareDate(info)) pageDate ??= info;
                else byline = byline.Merge(info);
                continue;
            }
            if (Chrome.IsCaptionLabel(line) && i + 1 < lines.Count)
            {
                captions.Add(Paragraphs.Clean(lines[++i]));
                continue;
            }
            if (Chrome.IsChrome(line) || Domain().IsMatch(line) || (title is not null && IsRoleLine(line))) continue;
            if (Chrome.IsCaption(line))
            {
                captions.Add(line);
                continue;
            }
            if (DatelineParser.TryParse(line, null, out _, out _)) break;
            if (title is null)
            {
                if (IsKicker(line) && NextTextLine(lines, i + 1, config) is { } next && LooksLikeHeadline(next)) continue;
                if (IsSectionLabel(line) && HeadlineFollows(lines, i + 1, config)) continue;
                if (line.Length > MaxTitleLength) break;
                title = WireTag().Replace(line, "");
                continue;
            }
            // The Hindu prints the filing place on a line of its own: "NEW DELHI:".
            if (title is not null && PlaceWithColon().Match(line) is { Success: true } filed)
            {
                byline = byline with { Place = byline.Place ?? filed.Groups["place"].Value };
                continue;
            }
            // A name on its own line below the time ("Updated 20:13, 26-Jan-2023" / "Zhang Rui") is the author.
            if (byline != BylineInfo.None && byline.Authors.Count == 0 && IsNameLine(line))
            {
                byline = byline with { Authors = Names.Split(line) ?? [] };
                continue;
            }
            // An ALL-CAPS line after the byline is a dateline on its own ("ISTANBUL"); a short label is a topic tag ("Humanitarian Aid").
            if (byline != BylineInfo.None && IsKicker(line)) break;
            // "Synopsis" / "Summary" above a dateline: the summary repeats the lede and is not body.
            if (IsSummaryLabel(line) && DatelineWithin(lines, i + 1) is { } ledeIndex)
            {
                i = ledeIndex - 1;
                continue;
            }
            if (byline != BylineInfo.None && IsSectionLabel(line) && NextTextLine(lines, i + 1, config) is { } after && after.Length > line.Length) continue;
            // A deck between the byline and a dateline ("The exercise will be held ... said" / "MOSCOW, July 10. /TASS/. ...").
            if (byline != BylineInfo.None && !Paragraphs.EndsSentence(line) && NextTextLine(lines, i + 1, config) is { } lede && DatelineParser.TryParse(lede, null, out _, out _)) continue;
            // A name on its own line above a source or time line is the author ("Jane Doe" / "BBC News").
            if (byline.Authors.Count == 0 && IsNameLine(line) && NextTextLineIsByline(lines, i + 1, config, sourceOnlyCounts: true))
            {
                byline = byline.Merge(BylineInfo.None with { Authors = Names.Split(line) ?? [] });
                continue;
            }
            // A standfirst between the headline and the byline belongs to the header, not the body.
            if (byline == BylineInfo.None && NextTextLineIsByline(lines, i + 1, config, sourceOnlyCounts: false)) continue;
            break;
        }
        if (pageDate is not null) byline = byline.Merge(pageDate);
        while (title is not null && TitleSuffix().Match(title) is { Success: true } suffix)
        {
            var name = suffix.Groups["source"].Value.Trim();
            var isSite = Domain().IsMatch(name);
            if (!isSite && !Reading.Byline.IsKnownSource(name, config)) break;
            if (!isSite) site ??= name;
            title = title[..suffix.Index].TrimEnd();
        }
        return new WireHeader(title, byline, site, i, captions);
    }

    // "(2nd LD) ..." from Yonhap; "UPDATE 2-", "REFILE-", "CORRECTED-", "FACTBOX-" slugs from Reuters' wire, possibly chained.
    [GeneratedRegex(@"^(?:\((?:LEAD|\d+(?:st|nd|rd|th) LD|URGENT)\)\s+|(?:(?:UPDATE|WRAPUP|RPT)(?:\s+\d+)?|REFILE|CORRECTED|RPT|FACTBOX|FACTBOX\s*\+\s*GRAPHIC|TIMELINE|EXPLAINER|ANALYSIS|INSIGHT|EXCLUSIVE|BREAKINGVIEWS|COLUMN)\s*[-–]\s*)+")]
    private static partial Regex WireTag();

    /// <summary>A job title on its own line under an author's name: "Indonesia Bureau Chief", "Senior Correspondent".</summary>
    private static bool IsRoleLine(string line) =>
        line.Length <= 50 && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 5 && RoleEnding().IsMatch(line)
        && Names.WithoutRole(line) is var rest && (rest == line.Trim() || !rest.Contains(' '));

    [GeneratedRegex(@"^[A-Z][\w'’\- ]*\b(?:correspondent|editor|reporter|writer|columnist|bureau chief|analyst|contributor|commentator)$", RegexOptions.IgnoreCase)]
    private static partial Regex RoleEnding();

    [GeneratedRegex(@"^(?<place>[A-Z][A-Z.'’\-]+(?:\s[A-Z][A-Z.'’\-]+){0,2}):$")]
    private static partial Regex PlaceWithColon();

    private static bool IsBareDate(BylineInfo info) =>
        info is { Source: null, Authors.Count: 0, Updated: null, Published.HasTime: false };

    private static bool IsTimeOnly(BylineInfo info) =>
        info is { Source: null, Authors.Count: 0, Published: not null };

    private static bool IsSummaryLabel(string line) =>
        line.TrimEnd(':') is "Synopsis" or "Summary" or "SUMMARY" or "Key points" or "Highlights" or "Takeaways" or "In brief" or "Story highlights";

    /// <summary>The index of a line within the next few that opens with a dateline, or null.</summary>
    private static int? DatelineWithin(IReadOnlyList<string> lines, int from)
    {
        for (var j = from; j < lines.Count && j < from + 8; j++)
        {
            if (DatelineParser.TryParse(lines[j].Trim(), null, out _, out _)) return j;
        }
        return null;
    }

    private static bool IsNameLine(string line) =>
        line.Length <= 60 && !Paragraphs.EndsSentence(line) && Names.Split(line) is { Count: <= 3 } names && names.All(n => n.Contains(' '));

    /// <summary>A section or topic label: a few words, no sentence, no figures ("Asia Pacific", "Türkiye, Middle East").</summary>
    private static bool IsSectionLabel(string line) =>
        line.Length <= 32 && !Paragraphs.EndsSentence(line) && !line.Any(char.IsAsciiDigit) && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w != "&") <= 3;

    /// <summary>True when, past more labels and chrome, the next line is a headline of four or more words.</summary>
    private static bool HeadlineFollows(IReadOnlyList<string> lines, int from, SiteConfig config)
    {
        for (var j = from; j < lines.Count && j < from + 12; j++)
        {
            var line = lines[j].Trim();
            if (line.Length == 0 || line.Length > 2000 || Chrome.IsChrome(line) || Domain().IsMatch(line)) continue;
            // "World News" / "March 3, 2020 / 8:32 AM" / headline: the page's time line stands between a label and the headline.
            if (Reading.Byline.TryParse(line, config, out var info))
            {
                if (IsTimeOnly(info)) continue;
                return false;
            }
            if (IsSectionLabel(line) || IsKicker(line)) continue;
            return LooksLikeHeadline(line) && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 4;
        }
        return false;
    }

    /// <summary>An ALL-CAPS line (a kicker, section or site name) that is not the headline because one follows it.</summary>
    private static bool IsKicker(string line)
    {
        var letters = line.Count(char.IsLetter);
        return letters >= 2 && line.Length <= 80 && line.Count(char.IsUpper) == letters;
    }

    private static bool LooksLikeHeadline(string line) =>
        line.Length <= 200 && !Paragraphs.EndsSentence(line) && !DatelineParser.TryParse(line, null, out _, out _);

    private static string? NextTextLine(IReadOnlyList<string> lines, int from, SiteConfig config)
    {
        for (var j = from; j < lines.Count && j < from + 10; j++)
        {
            var line = lines[j].Trim();
            if (line.Length == 0 || line.Length > 2000 || Chrome.IsChrome(line) || Domain().IsMatch(line)) continue;
            if (Reading.Byline.TryParse(line, config, out _)) return null;
            return line;
        }
        return null;
    }

    private static bool NextTextLineIsByline(IReadOnlyList<string> lines, int from, SiteConfig config, bool sourceOnlyCounts)
    {
        for (var j = from; j < lines.Count && j < from + 10; j++)
        {
            var line = lines[j].Trim();
            if (line.Length == 0 || Chrome.IsChrome(line) || IsRoleLine(line)) continue;
            // "Deck / Bloomberg News / March 5, 2024 at 9:32 AM": a source line counts when a time line follows it.
            if (Reading.Byline.TryParse(line, config, out var info))
                return sourceOnlyCounts || !info.IsSourceOnly || NextTextLineIsByline(lines, j + 1, config, sourceOnlyCounts: false);
            // "Deck / Jane Doe in Beijing / Published: ..." : a name line may stand between a deck and its time line.
            if (!sourceOnlyCounts && IsNameLine(line)) return NextTextLineIsByline(lines, j + 1, config, sourceOnlyCounts: true);
            return false;
        }
        return false;
    }
}
