using Archive.Output;
using Archive.Site;

namespace Archive.Feeds;

/// <summary>
/// A page for the sitemap: its site-relative URL, for articles when it last changed, and the year (UTC) of the time it is
/// listed at (0 for the undated pages, which come first).
/// </summary>
public sealed record SitemapEntry(string Url, DateTimeOffset? LastModified, int Year = 0);

/// <summary>One file of a sitemap index: its URL and the entries it lists (none for the index itself).</summary>
public readonly record struct SitemapFile(string Url, int Start, int Count);

/// <summary>
/// Writes <c>sitemap.xml</c>: one URL set, or, past <see cref="UrlsPerFile"/> URLs, an index of parts by year (the undated
/// pages first), each year in as many parts as it needs. A back-dated article then changes its year's parts only, not every
/// part after it.
/// </summary>
public static class Sitemaps
{
    public const string Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    /// <summary>
    /// URLs per file: a fifth of the protocol's limit (50,000), because a new article extends the last part, which is then
    /// written again; at 100,000 articles a part of 50,000 URLs cost a rebuild 0.2 s to write.
    /// </summary>
    public const int UrlsPerFile = 10_000;

    /// <summary>The files <see cref="Write"/> makes for these entries (in the order of <c>Year</c>), in its order, without making them.</summary>
    public static IReadOnlyList<SitemapFile> Files(IReadOnlyList<SitemapEntry> pages, int maxUrlsPerFile = UrlsPerFile)
    {
        if (pages.Count <= maxUrlsPerFile) return [new SitemapFile(Urls.Sitemap, 0, pages.Count)];
        var files = new List<SitemapFile> { new(Urls.Sitemap, 0, 0) };
        for (var start = 0; start < pages.Count;)
        {
            var year = pages[start].Year;
            var end = start;
            while (end < pages.Count && pages[end].Year == year) end++;
            for (var (first, number) = (start, 1); first < end; first += maxUrlsPerFile, number++)
                files.Add(new SitemapFile(Urls.SitemapPart(year, number), first, Math.Min(maxUrlsPerFile, end - first)));
            start = end;
        }
        return files;
    }

    public static IReadOnlyList<OutputFile> Write(string baseUrl, IReadOnlyList<SitemapEntry> pages, int maxUrlsPerFile = UrlsPerFile)
    {
        var files = Files(pages, maxUrlsPerFile);
        return files.Select((file, i) => new OutputFile(Urls.OutputPath(file.Url), WriteFile(baseUrl, pages, files, i))).ToList();
    }

    /// <summary>The bytes of one of the <paramref name="files"/>, by its place among them.</summary>
    public static byte[] WriteFile(string baseUrl, IReadOnlyList<SitemapEntry> pages, IReadOnlyList<SitemapFile> files, int file) =>
        files.Count > 1 && file == 0 ? Index(baseUrl, IndexEntries(pages, files)) : UrlSet(baseUrl, Listed(pages, files[file]));

    /// <summary>
    /// Everything one file's bytes are made from besides the base URL (its URLs and dates; for the index, each part's newest
    /// date): to fingerprint it without writing it.
    /// </summary>
    public static IEnumerable<SitemapEntry> FileInputs(IReadOnlyList<SitemapEntry> pages, IReadOnlyList<SitemapFile> files, int file) =>
        files.Count > 1 && file == 0 ? IndexEntries(pages, files) : Listed(pages, files[file]);

    /// <summary>The newest date among a part's entries (what the index says of it).</summary>
    public static DateTimeOffset? Newest(IReadOnlyList<SitemapEntry> pages, SitemapFile file)
    {
        DateTimeOffset? newest = null;
        for (var i = file.Start; i < file.Start + file.Count; i++)
            if (pages[i].LastModified is { } modified && (newest is null || modified > newest)) newest = modified;
        return newest;
    }

    private static List<SitemapEntry> IndexEntries(IReadOnlyList<SitemapEntry> pages, IReadOnlyList<SitemapFile> files) =>
        files.Skip(1).Select(part => new SitemapEntry(part.Url, Newest(pages, part))).ToList();

    private static IEnumerable<SitemapEntry> Listed(IReadOnlyList<SitemapEntry> pages, SitemapFile file)
    {
        for (var i = file.Start; i < file.Start + file.Count; i++) yield return pages[i];
    }

    private static byte[] UrlSet(string baseUrl, IEnumerable<SitemapEntry> pages) => XmlOutput.Write(writer =>
    {
        writer.WriteStartElement("urlset", Ns);
        foreach (var page in pages)
        {
            writer.WriteStartElement("url");
            XmlOutput.Text(writer, "loc", Urls.Absolute(baseUrl, page.Url));
            if (page.LastModified is { } modified) XmlOutput.Text(writer, "lastmod", XmlOutput.Rfc3339(modified));
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
    });

    private static byte[] Index(string baseUrl, IReadOnlyList<SitemapEntry> parts) => XmlOutput.Write(writer =>
    {
        writer.WriteStartElement("sitemapindex", Ns);
        foreach (var part in parts)
        {
            writer.WriteStartElement("sitemap");
            XmlOutput.Text(writer, "loc", Urls.Absolute(baseUrl, part.Url));
            if (part.LastModified is { } modified) XmlOutput.Text(writer, "lastmod", XmlOutput.Rfc3339(modified));
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
    });

    /// <summary><c>robots.txt</c>: everything may be crawled; the sitemaps are named with absolute URLs.</summary>
    public static OutputFile Robots(string baseUrl) => new(Urls.OutputPath(Urls.Robots), System.Text.Encoding.UTF8.GetBytes(
        $"User-agent: *\nAllow: /\n\nSitemap: {Urls.Absolute(baseUrl, Urls.Sitemap)}\nSitemap: {Urls.Absolute(baseUrl, Urls.NewsSitemap)}\n"));
}
