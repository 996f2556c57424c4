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
    /// The undated pages come first, then the articles and dated list pages oldest first: a new article, and the day page or
    /// numbered pages it opens, join the end of the last part, so the parts before it (10,000 URLs each) keep their bytes
    /// and are not written again.
    /// </remarks>
    private IEnumerable<RenderJob> SitemapJobs(IReadOnlyList<(string Url, DateTimeOffset? Time)> pages)
    {
        var entries = SitemapEntries(pages, PreviousSitemap);
        Sitemap = entries;
        var fileUrls = Sitemaps.FileUrls(entries.Count, SitemapUrlsPerFile);
        var unchanged = PreviousSitemap is { } previous ? UnchangedSitemapFiles(previous, entries, fileUrls.Count) : null;
        for (var i = 0; i < fileUrls.Count; i++)
        {
            var index = i;
            var path = Urls.OutputPath(fileUrls[i]);
            if (unchanged?[i] == true && Kept(path))
            {
                yield return RenderJob.AlreadyPlaced(fileUrls[i]);
                continue;
            }
            // Fingerprinted by what it lists, so an unchanged part (of 10,000 URLs) is neither written out nor hashed as XML.
            yield return new RenderJob(fileUrls[i], () =>
            {
                var fingerprint = Fingerprints?.OfSitemap(path, site.Config.BaseUrl, Sitemaps.FileInputs(entries, index, SitemapUrlsPerFile));
                return Reusable(path, fingerprint)
                    ? OutputFile.Reused(path)
                    : new OutputFile(path, Sitemaps.WriteFile(site.Config.BaseUrl, entries, index, SitemapUrlsPerFile)) { Fingerprint = fingerprint };
            });
        }
        yield return new RenderJob(Urls.NewsSitemap, () => ByContent(NewsSitemap.Write(site.Config, site.Articles)));
        yield return FileJob(Sitemaps.Robots(site.Config.BaseUrl));
    }

    /// <summary>
    /// The undated HTML pages, then the articles (dated when last changed) and the dated pages (undated in the sitemap)
    /// oldest first, a page after the articles of its time. An entry equal to the previous list's at the same place is that
    /// very object, so that comparing the two lists is comparing references.
    /// </summary>
    private IReadOnlyList<SitemapEntry> SitemapEntries(IReadOnlyList<(string Url, DateTimeOffset? Time)> pages, IReadOnlyList<SitemapEntry>? previous)
    {
        var entries = new List<SitemapEntry>(pages.Count + site.Articles.Count);
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
            for (; next < count && ticks[next] < article.Published.UtcTicks; next++) Add(urls[next], null);
            Add(article.Url, article.Updated ?? article.Published);
        }
        for (; next < count; next++) Add(urls[next], null);
        return entries;

        void Add(string url, DateTimeOffset? modified)
        {
            var at = entries.Count;
            entries.Add(previous is not null && at < previous.Count && SameEntry(previous[at], url, modified)
                ? previous[at]
                : new SitemapEntry(url, modified));
        }
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
    /// Which sitemap files (by place in <see cref="Sitemaps.FileUrls"/>) list the same as before: a part lists its entries;
    /// the index (with parts) lists each part's URL and newest date; a single sitemap lists every entry.
    /// </summary>
    private bool[] UnchangedSitemapFiles(IReadOnlyList<SitemapEntry> previous, IReadOnlyList<SitemapEntry> entries, int fileCount)
    {
        var size = SitemapUrlsPerFile;
        var unchanged = new bool[fileCount];
        if (entries.Count <= size || previous.Count <= size)
        {
            unchanged[0] = entries.Count <= size && previous.Count <= size && SameRange(previous, entries, 0, size);
            return unchanged;
        }
        var previousFiles = (previous.Count + size - 1) / size + 1;
        var newestDatesSame = previousFiles == fileCount;
        for (var part = 1; part < fileCount; part++)
        {
            unchanged[part] = part < previousFiles && SameRange(previous, entries, (part - 1) * size, size);
            newestDatesSame = newestDatesSame && (unchanged[part] || SameDate(Newest(previous, part), Newest(entries, part)));
        }
        unchanged[0] = newestDatesSame;
        return unchanged;
    }

    private DateTimeOffset? Newest(IReadOnlyList<SitemapEntry> entries, int part) =>
        entries.Skip((part - 1) * SitemapUrlsPerFile).Take(SitemapUrlsPerFile).Select(e => e.LastModified).Where(m => m is not null).Max();

    /// <summary>Whether both lists hold the same entry objects at [first, first+size), or as far as they go.</summary>
    private static bool SameRange(IReadOnlyList<SitemapEntry> previous, IReadOnlyList<SitemapEntry> entries, int first, int size)
    {
        var end = Math.Min(first + size, entries.Count);
        if (end != Math.Min(first + size, previous.Count)) return false;
        for (var i = first; i < end; i++) if (!ReferenceEquals(previous[i], entries[i])) return false;
        return true;
    }

    private static bool SameEntry(SitemapEntry entry, string url, DateTimeOffset? modified) =>
        string.Equals(entry.Url, url, StringComparison.Ordinal) && SameDate(entry.LastModified, modified);

    /// <summary>Same instant and same offset: a sitemap writes the offset, which <see cref="DateTimeOffset.Equals(DateTimeOffset)"/> ignores.</summary>
    private static bool SameDate(DateTimeOffset? a, DateTimeOffset? b) => a is { } x ? b is { } y && x.EqualsExact(y) : b is null;
}
