using System.Xml;
using Archive.Output;
using Archive.Site;

namespace Archive.Feeds;

/// <summary>A page for the sitemap: its site-relative URL and, for articles, when it last changed.</summary>
public sealed record SitemapEntry(string Url, DateTimeOffset? LastModified);

/// <summary>
/// Writes <c>sitemap.xml</c>: one URL set, or, past the protocol's 50,000 URLs a file, an index of numbered parts.
/// </summary>
public static class Sitemaps
{
    public const string Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public const int MaxUrlsPerFile = 50_000;

    /// <summary>The URLs of the files <see cref="Write"/> makes for this many pages, in its order, without making them.</summary>
    public static IReadOnlyList<string> FileUrls(int pageCount, int maxUrlsPerFile = MaxUrlsPerFile) =>
        pageCount <= maxUrlsPerFile
            ? [Urls.Sitemap]
            : [Urls.Sitemap, .. Enumerable.Range(1, (pageCount + maxUrlsPerFile - 1) / maxUrlsPerFile).Select(Urls.SitemapPart)];

    public static IReadOnlyList<OutputFile> Write(string baseUrl, IReadOnlyList<SitemapEntry> pages, int maxUrlsPerFile = MaxUrlsPerFile)
    {
        if (pages.Count <= maxUrlsPerFile)
            return [new OutputFile(Urls.OutputPath(Urls.Sitemap), UrlSet(baseUrl, pages))];

        var parts = pages.Chunk(maxUrlsPerFile).ToList();
        var files = new List<OutputFile>(parts.Count + 1) { new(Urls.OutputPath(Urls.Sitemap), Index(baseUrl, parts)) };
        for (var i = 0; i < parts.Count; i++)
            files.Add(new OutputFile(Urls.OutputPath(Urls.SitemapPart(i + 1)), UrlSet(baseUrl, parts[i])));
        return files;
    }

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
