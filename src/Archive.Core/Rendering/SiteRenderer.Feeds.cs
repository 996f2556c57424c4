using Archive.Caching;
using Archive.Feeds;
using Archive.Output;
using Archive.Site;

namespace Archive.Rendering;

public sealed partial class SiteRenderer
{
    /// <summary>Atom, RSS and JSON feeds of the whole site and of every term that has a page.</summary>
    private IEnumerable<RenderJob> FeedJobs()
    {
        foreach (var job in FeedJobs(Urls.Home, site.Config.Title, site.Config.Description, site.Articles)) yield return job;
        foreach (var (kind, terms) in site.Terms)
            foreach (var term in terms.Where(t => t.HasPage))
                foreach (var job in FeedJobs(term.Url, TermFeedTitle(term), TermDescription(term), term.Articles, Changes?.TermUnchanged(term) == true))
                    yield return job;
    }

    /// <param name="unchanged">The list is the same objects as in the site in the output folder: its feeds are kept as they are.</param>
    private IEnumerable<RenderJob> FeedJobs(string listUrl, string title, string description, IReadOnlyList<ArticleEntry> articles,
        bool unchanged = false)
    {
        var remembered = PreviousPages?.Feeds.GetValueOrDefault(listUrl);
        var urls = remembered?.Urls ?? [Urls.AtomFeed(listUrl), Urls.RssFeed(listUrl), Urls.JsonFeed(listUrl)];
        // Kept now, each on its own (a feed the current site lacks is made below); the rest is not even prepared.
        var entries = new ManifestEntry?[urls.Count];
        for (var i = 0; i < urls.Count; i++) entries[i] = unchanged ? Keep(urls[i], remembered?.Entries[i]) : null;
        Pages?.Feeds[listUrl] = new KeptListPages(urls, entries);
        var kept = entries.Select(entry => entry is not null).ToArray();
        if (kept.All(k => k))
        {
            foreach (var url in urls) yield return RenderJob.AlreadyPlaced(url);
            yield break;
        }
        // The three formats share one channel, so each body is read once per list.
        var channel = new Lazy<FeedChannel>(
            () => FeedChannels.ForList(site, title, description, listUrl, articles, entry => bodies.Load(entry)?.BodyHtml),
            LazyThreadSafetyMode.ExecutionAndPublication);
        var shown = articles.Take(Math.Max(0, site.Config.FeedItems)).ToList();
        string? Fingerprint(string format) => Fingerprints?.OfFeed(format, title, description, listUrl, shown);
        Func<byte[]>[] writers = [() => AtomFeed.Write(channel.Value), () => RssFeed.Write(channel.Value), () => JsonFeed.Write(channel.Value)];
        string[] formats = ["atom", "rss", "json"];
        for (var i = 0; i < urls.Count; i++)
        {
            var format = formats[i];
            yield return kept[i] ? RenderJob.AlreadyPlaced(urls[i]) : FeedJob(urls[i], () => Fingerprint(format), writers[i]);
        }
    }

    /// <summary>A feed is written only when the entries it shows changed: the current site's copy is reused otherwise.</summary>
    private RenderJob FeedJob(string url, Func<string?> fingerprint, Func<byte[]> bytes) => new(url, () =>
    {
        var path = Urls.OutputPath(url);
        var inputs = fingerprint();
        return Reusable(path, inputs) ? OutputFile.Reused(path) : new OutputFile(path, bytes()) { Fingerprint = inputs };
    });

    private RenderJob FileJob(string url, Func<byte[]> bytes) => new(url, () => ByContent(Urls.OutputPath(url), bytes()));

    private RenderJob FileJob(OutputFile file) => new("/" + file.RelativePath, () => ByContent(file));

    private OutputFile ByContent(OutputFile file) => ByContent(file.RelativePath, file.Content);

    /// <summary>
    /// A file made in full every build (sitemaps, search index parts), fingerprinted by its bytes: when they are unchanged
    /// the current site's copy is kept without reading it back.
    /// </summary>
    private OutputFile ByContent(string path, ReadOnlyMemory<byte> bytes)
    {
        var fingerprint = Fingerprints?.OfAsset(path, bytes.Span);
        return Reusable(path, fingerprint)
            ? OutputFile.Reused(path)
            : new OutputFile(path, bytes) { Fingerprint = fingerprint, BytesHashLength = PageFingerprints.AssetBytesHashLength };
    }

    private string TermFeedTitle(TermArchive term) => $"{term.Name} · {site.Config.Title}";

    private string TermDescription(TermArchive term) =>
        $"{Number(term.Articles.Count)} articles filed under {term.Name} in {site.Config.Title}.";
}
