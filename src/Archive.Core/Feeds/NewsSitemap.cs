using Archive.Model;
using Archive.Output;
using Archive.Site;

namespace Archive.Feeds;

/// <summary>
/// The Google News sitemap: articles of the two days before the newest article (news sitemaps list recent news only;
/// anchoring on the newest article, not the clock, keeps the build reproducible), at most 1,000.
/// </summary>
public static class NewsSitemap
{
    private const string NewsNs = "http://www.google.com/schemas/sitemap-news/0.9";
    public const int MaxArticles = 1_000;
    public static readonly TimeSpan Window = TimeSpan.FromDays(2);

    /// <summary>The articles the news sitemap lists, newest first: read from the front of the list only.</summary>
    public static IReadOnlyList<ArticleEntry> Select(IReadOnlyList<ArticleEntry> newestFirst)
    {
        if (newestFirst.Count == 0) return [];
        var since = newestFirst[0].Published - Window;
        return newestFirst.TakeWhile(a => a.Published >= since).Take(MaxArticles).ToList();
    }

    public static OutputFile Write(SiteConfig config, IReadOnlyList<ArticleEntry> newestFirst) =>
        new(Urls.OutputPath(Urls.NewsSitemap), XmlOutput.Write(writer =>
        {
            writer.WriteStartElement("urlset", Sitemaps.Ns);
            writer.WriteAttributeString("xmlns", "news", null, NewsNs);
            foreach (var article in Select(newestFirst))
            {
                writer.WriteStartElement("url");
                XmlOutput.Text(writer, "loc", Urls.Absolute(config.BaseUrl, article.Url));
                writer.WriteStartElement("news", NewsNs);
                writer.WriteStartElement("publication", NewsNs);
                XmlOutput.Text(writer, "name", config.Title, NewsNs);
                XmlOutput.Text(writer, "language", config.Language, NewsNs);
                writer.WriteEndElement();
                XmlOutput.Text(writer, "publication_date", XmlOutput.Rfc3339(article.Published), NewsNs);
                XmlOutput.Text(writer, "title", article.Title, NewsNs);
                writer.WriteEndElement();
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
        }));
}
