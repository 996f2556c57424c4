using Archive.Site;

namespace Archive.Feeds;

/// <summary>Builds the feed of the whole site or of one term from the site model. Pure: bodies come through a function.</summary>
public static class FeedChannels
{
    /// <param name="bodyHtml">An article's body HTML (null if it could not be read); called only for full-text feeds.</param>
    public static FeedChannel ForList(SiteModel site, string title, string description, string listUrl,
        IReadOnlyList<ArticleEntry> newestFirst, Func<ArticleEntry, string?> bodyHtml)
    {
        var config = site.Config;
        var items = newestFirst.Take(Math.Max(0, config.FeedItems))
            .Select(entry => Item(site, entry, config.FeedFullText ? bodyHtml(entry) : null))
            .ToList();
        var updated = items.Count == 0 ? DateTimeOffset.UnixEpoch : items.Max(i => i.Modified);
        return new FeedChannel(
            title,
            description,
            config.Language,
            config.Title,
            Urls.Absolute(config.BaseUrl, listUrl),
            Urls.Absolute(config.BaseUrl, Urls.AtomFeed(listUrl)),
            Urls.Absolute(config.BaseUrl, Urls.RssFeed(listUrl)),
            Urls.Absolute(config.BaseUrl, Urls.JsonFeed(listUrl)),
            updated,
            items);
    }

    private static FeedItem Item(SiteModel site, ArticleEntry entry, string? body) => new(
        Urls.Absolute(site.Config.BaseUrl, entry.Url),
        entry.Title,
        entry.Published,
        entry.Updated ?? entry.Published,
        Authors(entry, site.Config.Title),
        entry.Summary,
        body,
        entry.Terms.Topics.Concat(entry.Terms.Countries).Distinct(StringComparer.Ordinal).ToList());

    /// <summary>The bylined authors, else the agency, else the site: Atom wants an author on every entry.</summary>
    public static IReadOnlyList<string> Authors(ArticleEntry entry, string siteTitle) =>
        entry.Authors.Count > 0 ? entry.Authors : [entry.Terms.Source ?? siteTitle];
}
