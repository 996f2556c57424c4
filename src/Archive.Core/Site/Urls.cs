using System.Globalization;
using Archive.Text;

namespace Archive.Site;

/// <summary>Every URL of the site, computed here and nowhere else. URLs are site-relative and start with '/'.</summary>
public static class Urls
{
    public const string Home = "/";
    public const string Archive = "/archive/";
    public const string Search = "/search/";
    public const string NotFound = "/404.html";
    public const string Sitemap = "/sitemap.xml";
    public const string NewsSitemap = "/sitemap-news.xml";
    public const string Robots = "/robots.txt";
    public const string Stylesheet = "/assets/style.css";

    public static string Year(int year) => $"/{year:D4}/";
    public static string Month(int year, int month) => $"/{year:D4}/{month:D2}/";
    public static string Day(DateOnly date) => $"/{date.Year:D4}/{date.Month:D2}/{date.Day:D2}/";
    public static string Article(DateOnly date, string slug) => $"{Day(date)}{slug}/";
    public static string OnThisDay(int month, int day) => $"/on-this-day/{month:D2}-{day:D2}/";
    public static string OnThisDayIndex => "/on-this-day/";
    public static string TermIndex(TermKind kind) => $"/{KindSegment(kind)}/";
    public static string Term(TermKind kind, string slug) => $"/{KindSegment(kind)}/{slug}/";
    /// <summary>A term's articles of one month, e.g. <c>/topics/trade/2022/10/</c>.</summary>
    public static string TermMonth(TermKind kind, string slug, int year, int month) => $"/{KindSegment(kind)}/{slug}/{year:D4}/{month:D2}/";
    /// <summary>A thin term's articles of one year, e.g. <c>/topics/trade/2022/</c>.</summary>
    public static string TermYear(TermKind kind, string slug, int year) => $"/{KindSegment(kind)}/{slug}/{year:D4}/";
    public static string Page(string listUrl, int number) => $"{listUrl}page/{number.ToString(CultureInfo.InvariantCulture)}/";
    public static string AtomFeed(string listUrl) => $"{listUrl}feed.xml";
    public static string RssFeed(string listUrl) => $"{listUrl}rss.xml";
    public static string JsonFeed(string listUrl) => $"{listUrl}feed.json";
    /// <summary>
    /// A part of a sitemap too large for one file: the undated pages' (<c>/sitemap-pages.xml</c>) or a year's
    /// (<c>/sitemap-2022.xml</c>); the second and later parts of a group too large for one part are numbered
    /// (<c>/sitemap-2022-2.xml</c>).
    /// </summary>
    public static string SitemapPart(int year, int number) =>
        $"/sitemap-{(year == 0 ? "pages" : year.ToString("D4", CultureInfo.InvariantCulture))}{(number == 1 ? "" : "-" + number.ToString(CultureInfo.InvariantCulture))}.xml";

    /// <summary>A file of the search index, e.g. <c>/search/meta.json</c>.</summary>
    public static string SearchFile(string path) => $"{Search}{path}";
    public const string SearchScript = "/assets/search.js";

    public static string KindSegment(TermKind kind) => kind switch
    {
        TermKind.Topic => "topics",
        TermKind.Country => "countries",
        TermKind.Place => "places",
        TermKind.Source => "sources",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The file that serves a URL: directories get <c>index.html</c>.</summary>
    public static string OutputPath(string url) => url.EndsWith('/') ? url[1..] + "index.html" : url[1..];

    /// <summary>An absolute URL under the site's base URL (which ends in '/').</summary>
    public static string Absolute(string baseUrl, string url) => baseUrl + url[1..];

    /// <summary>
    /// A root-relative URL (<c>/news/archive/</c> under <c>https://example.org/news/</c>): for the 404 page, which is served
    /// at every depth, so links relative to its own location would break.
    /// </summary>
    public static string RootRelative(string baseUrl, string url) =>
        (Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) ? uri.AbsolutePath : "/") + url[1..];

    /// <summary>A relative link from the page at <paramref name="from"/> to <paramref name="to"/>, so the site works under any path.</summary>
    public static string Relative(string from, string to)
    {
        // Allocation-light: it runs for every link of every page. Segments shared with the page's folder are skipped; the
        // target's last segment (file name, or empty after a trailing '/') is never shared.
        var fromDir = from.AsSpan(0, from.LastIndexOf('/') + 1);
        var fromCount = 0;
        foreach (var segment in fromDir.Split('/'))
            if (segment.End.Value > segment.Start.Value) fromCount++;
        var firstSlash = to.IndexOf('/');
        var toSlashes = firstSlash < 0 ? 0 : to.AsSpan().Count('/');
        var toStart = firstSlash + 1;
        var common = 0;
        var fromAt = 0;
        while (common < fromCount && common < toSlashes - 1)
        {
            while (fromAt < fromDir.Length && fromDir[fromAt] == '/') fromAt++;
            var fromEnd = fromDir[fromAt..].IndexOf('/') + fromAt;
            var toEnd = to.IndexOf('/', toStart);
            if (!fromDir[fromAt..fromEnd].SequenceEqual(to.AsSpan(toStart, toEnd - toStart))) break;
            common++;
            fromAt = fromEnd;
            toStart = toEnd + 1;
        }
        var up = fromCount - common;
        var down = firstSlash < 0 ? ReadOnlySpan<char>.Empty : to.AsSpan(toStart);
        if (up == 0 && down.Length == 0) return "./";
        return string.Create(up * 3 + down.Length, (up, to, start: firstSlash < 0 ? to.Length : toStart), static (span, state) =>
        {
            for (var i = 0; i < state.up; i++) "../".CopyTo(span[(i * 3)..]);
            state.to.AsSpan(state.start).CopyTo(span[(state.up * 3)..]);
        });
    }

    /// <summary>A slug safe for a URL segment, never empty.</summary>
    public static string SafeSlug(string text, string fallback) => Slugs.From(text, fallback);
}
