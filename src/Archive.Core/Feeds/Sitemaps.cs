using System.Xml;
using Archive.Output;
using Archive.Site;

namespace Archive.Feeds;

/// <summary>A page for the sitemap: its site-relative URL and, for articles, when it last changed.</summary>
public sealed record SitemapEntry(string Url, DateTimeOffset? LastModified);

/// <summary>
/// Writes <c>sitemap.xml</c>: one URL set, or, past <see cref="UrlsPerFile"/> URLs, an index of numbered parts.
/// </summary>
public static class Sitemaps
{
    public const string Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    /// <summary>
    /// URLs per file: a fifth of the protocol's limit (50,000), because a new article extends the last part, which is then
    /// written again; at 100,000 articles a part of 50,000 URLs cost a rebuild 0.2 s to write.
    /// </summary>
    public const int UrlsPerFile = 10_000;

    /// <summary>The URLs of the files <see cref="Write"/> makes for this many pages, in its order, without making them.</summary>
    public static IReadOnlyList<string> FileUrls(int pageCount, int maxUrlsPerFile = UrlsPerFile) =>
        pageCount <= maxUrlsPerFile
            ? [Urls.Sitemap]
            : [Urls.Sitemap, .. Enumerable.Range(1, (pageCount + maxUrlsPerFile - 1) / maxUrlsPerFile).Select(Urls.SitemapPart)];

    public static IReadOnlyList<OutputFile> Write(string baseUrl, IReadOnlyList<SitemapEntry> pages, int maxUrlsPerFile = UrlsPerFile)
    {
        var urls = FileUrls(pages.Count, maxUrlsPerFile);
        return urls.Select((url, i) => new OutputFile(Urls.OutputPath(url), WriteFile(baseUrl, pages, i, maxUrlsPerFile))).ToList();
    }

    /// <summary>The bytes of one file of <see cref="Write"/>'s, by its place in <see cref="FileUrls"/>.</summary>
    public static byte[] WriteFile(string baseUrl, IReadOnlyList<SitemapEntry> pages, int file, int maxUrlsPerFile = UrlsPerFile)
    {
        if (pages.Count <= maxUrlsPerFile) return UrlSet(baseUrl, pages);
        return file == 0 ? Index(baseUrl, pages.Chunk(maxUrlsPerFile).ToList()) : UrlSet(baseUrl, Part(pages, file, maxUrlsPerFile));
    }

    /// <summary>
    /// Everything one file's bytes are made from besides the base URL (its URLs and dates; for the index, each part's newest
    /// date): to fingerprint it without writing it.
    /// </summary>
    public static IEnumerable<SitemapEntry> FileInputs(IReadOnlyList<SitemapEntry> pages, int file, int maxUrlsPerFile = UrlsPerFile)
    {
        if (pages.Count > maxUrlsPerFile && file == 0)
            return pages.Chunk(maxUrlsPerFile).Select((part, i) => new SitemapEntry(Urls.SitemapPart(i + 1), part.Select(p => p.LastModified).Where(m => m is not null).Max()));
        return pages.Count <= maxUrlsPerFile ? pages : Part(pages, file, maxUrlsPerFile);
    }

    private static IReadOnlyList<SitemapEntry> Part(IReadOnlyList<SitemapEntry> pages, int file, int maxUrlsPerFile) =>
        pages.Skip((file - 1) * maxUrlsPerFile).Take(maxUrlsPerFile).ToList();

    private static byte[] UrlSet(string baseUrl, IReadOnlyList<SitemapEntry> pages) => XmlOutput.Write(writer =>
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

    private static byte[] Index(string baseUrl, IReadOnlyList<SitemapEntry[]> parts) => XmlOutput.Write(writer =>
    {
        writer.WriteStartElement("sitemapindex", Ns);
        for (var i = 0; i < parts.Count; i++)
        {
            writer.WriteStartElement("sitemap");
            XmlOutput.Text(writer, "loc", Urls.Absolute(baseUrl, Urls.SitemapPart(i + 1)));
            var newest = parts[i].Select(p => p.LastModified).Where(m => m is not null).Max();
            if (newest is { } modified) XmlOutput.Text(writer, "lastmod", XmlOutput.Rfc3339(modified));
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
    });

    /// <summary><c>robots.txt</c>: everything may be crawled; the sitemaps are named with absolute URLs.</summary>
    public static OutputFile Robots(string baseUrl) => new(Urls.OutputPath(Urls.Robots), System.Text.Encoding.UTF8.GetBytes(
        $"User-agent: *\nAllow: /\n\nSitemap: {Urls.Absolute(baseUrl, Urls.Sitemap)}\nSitemap: {Urls.Absolute(baseUrl, Urls.NewsSitemap)}\n"));
}
