using Archive.Feeds;
using Archive.Output;
using Archive.Site;

namespace Archive.Rendering;

public sealed partial class SiteRenderer
{
    /// <summary>
    /// The sitemap entries of the site in the output folder, when known (a serve session), listed with the same config:
    /// a sitemap file whose entries are the same is kept as it is, neither hashed nor written.
    /// </summary>
    public IReadOnlyList<SitemapEntry>? PreviousSitemap { get; set; }

    /// <summary>The sitemap entries this renderer listed (for the next build's <see cref="PreviousSitemap"/>); null before.</summary>
    public IReadOnlyList<SitemapEntry>? Sitemap { get; private set; }

    /// <summary>URLs per sitemap file: <see cref="Sitemaps.UrlsPerFile"/>, smaller only for tests.</summary>
    internal int SitemapUrlsPerFile { get; init; } = Sitemaps.UrlsPerFile;

    /// <summary>Sitemaps of every HTML page, the news sitemap and robots.txt; made by their jobs, in parallel with the pages.</summary>
    /// <param name="pages">Every page job but the articles', in their order: URL and <see cref="RenderJob.SitemapTime"/>.</param>
    /// <remarks>
    /// The undated pages come first, then the articles and dated list pages oldest first, in parts by year: a new article,
    /// and the day page or numbered pages it opens, join the end of the last part, and a back-dated one its year's parts, so
    /// the other parts (10,000 URLs each at most) keep their bytes and are not written again.
    /// </remarks>
    private IEnumerable<RenderJob> SitemapJobs(IReadOnlyList<(string Url, DateTimeOffset? Time)> pages)
    {
        var entries = SitemapEntries(pages, PreviousSitemap);
        Sitemap = entries;
        var files = Sitemaps.Files(entries, SitemapUrlsPerFile);
        var unchanged = PreviousSitemap is { } previous ? UnchangedSitemapFiles(previous, entries, files) : null;
        for (var i = 0; i < files.Count; i++)
        {
            var index = i;
            var url = files[i].Url;
            var path = Urls.OutputPath(url);
            if (unchanged?[i] == true && Kept(path))
            {
                yield return RenderJob.AlreadyPlaced(url);
                continue;
            }
            // Fingerprinted by what it lists, so an unchanged part (of 10,000 URLs) is neither written out nor hashed as XML.
            yield return new RenderJob(url, () =>
            {
                var fingerprint = Fingerprints?.OfSitemap(path, site.Config.BaseUrl, Sitemaps.FileInputs(entries, files, index));
                return Reusable(path, fingerprint)
                    ? OutputFile.Reused(path)
                    : new OutputFile(path, Sitemaps.WriteFile(site.Config.BaseUrl, entries, files, index)) { Fingerprint = fingerprint };
            });
        }
        yield return new RenderJob(Urls.NewsSitemap, () => ByContent(NewsSitemap.Write(site.Config, site.Articles)));
        yield return FileJob(Sitemaps.Robots(site.Config.BaseUrl));
    }

    /// <summary>
    /// The undated HTML pages, then the articles (dated when last changed) and the dated pages (undated in the sitemap)
    /// oldest first, a page after the articles of its time, each with the year (UTC) of its time. An entry equal to one of
    /// the previous list's is that very object, so that comparing the two lists is comparing references.
    /// </summary>
    private IReadOnlyList<SitemapEntry> SitemapEntries(IReadOnlyList<(string Url, DateTimeOffset? Time)> pages, IReadOnlyList<SitemapEntry>? previous)
    {
        var entries = new List<SitemapEntry>(pages.Count + site.Articles.Count);
        var cursor = 0;
        var ticks = new long[pages.Count];
        var urls = new string[pages.Count];
        var count = 0;
        foreach (var (url, time) in pages)
        {
            if (!url.EndsWith('/')) continue;
            if (time is { } t)
            {
                ticks[count] = t.UtcTicks;
                urls[count++] = url;
            }
            else Add(url, null);
        }
        SortByTimeThenUrl(ticks, urls, count);
        var next = 0;
        for (var i = site.Articles.Count - 1; i >= 0; i--)
        {
            var article = site.Articles[i];
            for (; next < count && ticks[next] < article.Published.UtcTicks; next++) Add(urls[next], null, YearOf(ticks[next]));
            Add(article.Url, article.Updated ?? article.Published, YearOf(article.Published.UtcTicks));
        }
        for (; next < count; next++) Add(urls[next], null, YearOf(ticks[next]));
        return entries;

        // The previous list's entry for the same page, looked for a few places ahead of the last one found: an article added
        // or removed shifts the entries after it, which are still the previous list's objects.
        void Add(string url, DateTimeOffset? modified, int year = 0)
        {
            SitemapEntry? same = null;
            for (var look = cursor; previous is not null && look < Math.Min(previous.Count, cursor + 8); look++)
            {
                if (!SameEntry(previous[look], url, modified, year)) continue;
                same = previous[look];
                cursor = look + 1;
                break;
            }
            entries.Add(same ?? new SitemapEntry(url, modified, year));
        }

        static int YearOf(long utcTicks) => new DateTime(utcTicks, DateTimeKind.Utc).Year;
    }

    /// <summary>
    /// Sorts the first <paramref name="count"/> pages by time, then by URL (ordinal) among pages of the same time: by the
    /// times alone first, as numbers (at 100,000 articles a sort by a comparison of both cost a rebuild 9 ms), then each run
    /// of equal times by URL.
    /// </summary>
    internal static void SortByTimeThenUrl(long[] ticks, string[] urls, int count)
    {
        Array.Sort(ticks, urls, 0, count);
        for (var start = 0; start < count;)
        {
            var end = start + 1;
            while (end < count && ticks[end] == ticks[start]) end++;
            if (end - start > 1) Array.Sort(urls, start, end - start, StringComparer.Ordinal);
            start = end;
        }
    }

    /// <summary>
    /// Which sitemap files (by place in <paramref name="files"/>) list the same as before: a part lists the same entry objects
    /// as the previous part of its URL; the index (with parts) lists the same parts with the same newest dates; a single
    /// sitemap lists every entry.
    /// </summary>
    private bool[] UnchangedSitemapFiles(IReadOnlyList<SitemapEntry> previous, IReadOnlyList<SitemapEntry> entries, IReadOnlyList<SitemapFile> files)
    {
        var before = Sitemaps.Files(previous, SitemapUrlsPerFile);
        var unchanged = new bool[files.Count];
        if (files.Count == 1 || before.Count == 1)
        {
            unchanged[0] = files.Count == 1 && before.Count == 1 && SameRange(previous, before[0], entries, files[0]);
            return unchanged;
        }
        var parts = new Dictionary<string, SitemapFile>(before.Count, StringComparer.Ordinal);
        foreach (var part in before.Skip(1)) parts[part.Url] = part;
        var indexSame = before.Count == files.Count;
        for (var i = 1; i < files.Count; i++)
        {
            unchanged[i] = parts.TryGetValue(files[i].Url, out var was) && SameRange(previous, was, entries, files[i]);
            indexSame = indexSame && string.Equals(before[i].Url, files[i].Url, StringComparison.Ordinal)
                && (unchanged[i] || SameDate(Sitemaps.Newest(previous, before[i]), Sitemaps.Newest(entries, files[i])));
        }
        unchanged[0] = indexSame;
        return unchanged;
    }

    /// <summary>Whether two parts list the same entry objects.</summary>
    private static bool SameRange(IReadOnlyList<SitemapEntry> previous, SitemapFile was, IReadOnlyList<SitemapEntry> entries, SitemapFile now)
    {
        if (was.Count != now.Count) return false;
        for (var i = 0; i < now.Count; i++) if (!ReferenceEquals(previous[was.Start + i], entries[now.Start + i])) return false;
        return true;
    }

    private static bool SameEntry(SitemapEntry entry, string url, DateTimeOffset? modified, int year) =>
        entry.Year == year && string.Equals(entry.Url, url, StringComparison.Ordinal) && SameDate(entry.LastModified, modified);

    /// <summary>Same instant and same offset: a sitemap writes the offset, which <see cref="DateTimeOffset.Equals(DateTimeOffset)"/> ignores.</summary>
    private static bool SameDate(DateTimeOffset? a, DateTimeOffset? b) => a is { } x ? b is { } y && x.EqualsExact(y) : b is null;
}
