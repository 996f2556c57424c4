using System.Diagnostics;
using System.Text;
using Archive.Caching;
using Archive.Model;
using Archive.Output;
using Archive.Site;

namespace Archive.Rendering;

/// <summary>Lists every output of the site as a render job: pages through templates, plus the theme's assets.</summary>
public sealed partial class SiteRenderer(SiteModel site, TemplateStore templates, IArticleBodies bodies, DiagnosticBag diagnostics)
{
    private readonly PageRenderer pages = new(templates, diagnostics);
    private readonly SiteView siteView = new(site.Config.Title, site.Config.Description, site.Config.Language, site.Articles.Count);

    // Values no template can show stay out of fingerprints, so that one new article does not make every page look changed:
    // the site's article count, and the article counts of an article page's topics and countries.
    private SiteView FingerprintSite => field ??= templates.AnyMentions("article_count") ? siteView : siteView with { ArticleCount = 0 };
    private bool ArticlePagesShowTermCounts => articlePagesShowTermCounts ??= templates.Mention(["article.html", PageRenderer.Layout], "count");
    private bool? articlePagesShowTermCounts;

    /// <summary>Fingerprints every page (for the next build's cache); null renders without them.</summary>
    public PageFingerprints? Fingerprints { get; set; }

    /// <summary>Where unchanged pages are taken from instead of rendered; null renders every page.</summary>
    public IPageReuse? Reuse { get; set; }

    /// <summary>The model of the site in the output folder, when known (a serve session), rendered with the same config and
    /// theme: pages made from the same objects are then kept without a fingerprint. Null fingerprints every page.</summary>
    public SiteModel? PreviousSite
    {
        get;
        set
        {
            field = value;
            changes = new Lazy<SiteChanges?>(() => value is null || (ReferenceEquals(FingerprintSite, siteView) && value.Articles.Count != site.Articles.Count)
                ? null
                : new SiteChanges(value, site, ArticlePagesShowTermCounts));
        }
    }

    private Lazy<SiteChanges?> changes = new((SiteChanges?)null);

    /// <summary>The pages the render of <see cref="PreviousSite"/> kept (see <see cref="KeptPages"/>); null to look every kept page up by path.</summary>
    public KeptPages? PreviousPages { get; set; }

    /// <summary>The pages this render kept, for the next one's <see cref="PreviousPages"/>; complete once the jobs are listed.</summary>
    public KeptPages? Pages { get; private set; }

    private SiteChanges? Changes => changes.Value;

    /// <summary>Parses every template up front so that template errors stop the build before anything is written.</summary>
    public void Prepare()
    {
        foreach (var name in TemplateNames) templates.Get(name);
        StartSearchIndex();
    }

    public static readonly string[] TemplateNames =
        [PageRenderer.Layout, "home.html", "article.html", "list.html", "archive.html", "year.html", "month.html", "terms.html",
         "term.html", "on-this-day.html", "404.html", "search.html"];

    /// <summary>Every output: pages and assets, the feeds, sitemaps and robots.txt, then the search index.</summary>
    public IEnumerable<RenderJob> Jobs() => JobsBeforeSearchIndex().Concat(SearchIndexJobs());

    /// <summary>Every output but the search index, whose parts are listed once it is built (in the background).</summary>
    public IEnumerable<RenderJob> JobsBeforeSearchIndex()
    {
        // The sitemap lists the pages: their URLs are gathered on the way rather than by listing the pages twice.
        Pages = Reuse is { } reuse ? new KeptPages(reuse.Stamp, new ManifestEntry?[site.Articles.Count],
            new(StringComparer.Ordinal), new(StringComparer.Ordinal)) : null;
        var pages = new List<(string Url, DateTimeOffset? Time)>();
        foreach (var job in PageJobs())
        {
            pages.Add((job.Url, job.SitemapTime));
            yield return job;
        }
        foreach (var job in ArticleJobs()) yield return job;
        foreach (var job in FeedJobs()) yield return job;
        foreach (var job in SitemapJobs(pages)) yield return job;
    }

    /// <summary>The assets and every page but the articles.</summary>
    /// <remarks>
    /// Pages known to be unchanged (see <see cref="Changes"/>) are kept in the new site as they are listed, and listed as
    /// already done: at 100,000 articles, a job per kept page cost a serve rebuild more than the pages it renders.
    /// </remarks>
    private IEnumerable<RenderJob> PageJobs()
    {
        foreach (var (path, bytes) in templates.Assets())
            yield return new RenderJob("/" + path, () => new OutputFile(path, bytes) { Fingerprint = Fingerprints?.OfAsset(path, bytes) });
        yield return Job(Urls.Home, Home);
        yield return Job(Urls.Archive, ArchiveIndex);
        yield return new RenderJob(Urls.NotFound, () => Output(Urls.NotFound, NotFound(new ViewBuilder(site, Urls.NotFound, rootRelative: true))));
        yield return Job(Urls.OnThisDayIndex, OnThisDayIndex);
        foreach (var job in DateJobs()) yield return job;
        foreach (var job in TermJobs()) yield return job;
        foreach (var job in OnThisDayJobs()) yield return job;
        yield return Job(Urls.Search, SearchPage);
    }

    /// <summary>The article pages to render: those kept as they are (see <see cref="PlaceUnchangedArticles"/>) are not listed.</summary>
    private IEnumerable<RenderJob> ArticleJobs()
    {
        var placed = PlaceUnchangedArticles();
        for (var i = 0; i < site.Articles.Count; i++)
        {
            if (placed?[i] == true) continue;
            var index = i;
            yield return Job(site.Articles[i].Url, view => ArticlePage(view, index));
        }
    }

    private RenderJob Job(string url, Func<ViewBuilder, RenderedPage> render) => new(url, () => Output(url, render(new ViewBuilder(site, url))));

    /// <summary>Keeps the article pages whose inputs are unchanged, on every core; which ones were kept, by article; null if none can be.</summary>
    private bool[]? PlaceUnchangedArticles()
    {
        if (Changes is not { } changes) return null;
        var placed = new bool[site.Articles.Count];
        Parallel.For(0, placed.Length, i => placed[i] = changes.ArticleUnchanged(i, out var before) && KeepArticle(i, before));
        return placed;
    }

    /// <summary>
    /// Completes <see cref="Pages"/> with the entries of the pages this render wrote (or reused by fingerprint), once its
    /// write committed this manifest: the next render keeps those by entry too. A look-up per page not kept by entry: a few
    /// after a small change, every page after a full build (once).
    /// </summary>
    public void RememberWrittenPages(PageManifest committed)
    {
        if (Pages is not { } kept || !ReferenceEquals(kept.Stamp.Committed, committed)) return;
        Parallel.For(0, kept.Articles.Length, i => kept.Articles[i] ??= committed.At(Urls.OutputPath(site.Articles[i].Url)));
        foreach (var list in kept.Lists.Values.Concat(kept.Feeds.Values))
            for (var number = 0; number < list.Entries.Length; number++)
                list.Entries[number] ??= committed.At(Urls.OutputPath(list.Urls[number]));
    }

    /// <summary>Keeps an unchanged article's page: by the entry the last render kept it as (at its place in the last model,
    /// <paramref name="before"/>), if known, or by its path.</summary>
    private bool KeepArticle(int index, int before)
    {
        var remembered = PreviousPages is { } kept && PreviousSite is { } previous && kept.Articles.Length == previous.Articles.Count
            ? kept.Articles[before]
            : null;
        var entry = Keep(site.Articles[index].Url, remembered);
        if (entry is null) return false;
        Pages?.Articles[index] = entry;
        return true;
    }

    /// <summary>Keeps the current site's copy of an unchanged page: by the entry the last render kept it as, or by its path.</summary>
    private ManifestEntry? Keep(string url, ManifestEntry? remembered)
    {
        if (Reuse is not { } reuse) return null;
        if (remembered is null || PreviousPages is not { } previous) return reuse.Keep(Urls.OutputPath(url));
        // Remembered by article or by list URL and page number, which give the page's URL: checked in tests only, as reading
        // every entry's path would cost a serve rebuild a cache miss per kept page.
        Debug.Assert(IsOutputPathOf(remembered.Path, url), $"the entry of {remembered.Path} remembered for {url}");
        return reuse.Keep(remembered, previous.Stamp);
    }

    /// <summary>Whether <paramref name="path"/> is <see cref="Urls.OutputPath"/> of the URL, without making that string.</summary>
    internal static bool IsOutputPathOf(string path, string url)
    {
        const string index = "index.html";
        var folder = url.EndsWith('/');
        return url.Length > 0 && path.Length == url.Length - 1 + (folder ? index.Length : 0)
            && path.AsSpan().StartsWith(url.AsSpan(1), StringComparison.Ordinal)
            && (!folder || path.EndsWith(index, StringComparison.Ordinal));
    }

    private bool Kept(string relativePath) => Reuse?.Keep(relativePath) is not null;

    private static OutputFile? Output(string url, RenderedPage page)
    {
        var path = Urls.OutputPath(url);
        if (page.Reused) return OutputFile.Reused(path);
        return page.Html is null ? null : new OutputFile(path, Encoding.UTF8.GetBytes(page.Html)) { Fingerprint = page.Fingerprint };
    }

    private RenderedPage Render(ViewBuilder view, string template, PageView page, params (string Key, object? Value)[] variables)
    {
        var values = variables.ToDictionary(v => v.Key, v => v.Value);
        var fingerprint = Fingerprints?.Of(template, FingerprintSite, page, values);
        if (Reusable(Urls.OutputPath(view.PageUrl), fingerprint)) return RenderedPage.FromCurrentSite;
        return new RenderedPage(pages.Render(template, siteView, page, values), fingerprint, Reused: false);
    }

    /// <summary>Whether the current site's copy of an output stands: it was made from inputs with this fingerprint.</summary>
    private bool Reusable(string relativePath, string? fingerprint) => fingerprint is not null && Reuse?.TryReuse(relativePath, fingerprint) == true;

    /// <summary>A page's HTML (null if its template failed), or the news that the current site's copy was reused.</summary>
    private readonly record struct RenderedPage(string? Html, string? Fingerprint, bool Reused)
    {
        public static RenderedPage FromCurrentSite => new(null, null, Reused: true);
    }

    private RenderedPage Home(ViewBuilder view) => Render(view, "home.html",
        view.Page(site.Config.Title, "home", site.Config.Description),
        ("articles", view.Items(site.Articles.Take(site.Config.PageSize))),
        ("years", site.Years.AsEnumerable().Reverse().Select(y => new TermLinkView(y.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), view.Link(y.Url), y.Count)).ToList()),
        ("topics", site.Terms[TermKind.Topic].OrderByDescending(t => t.Articles.Count).Take(12).Select(t => view.TermLink(TermKind.Topic, t.Name)).ToList()),
        ("archive_url", view.Link(Urls.Archive)));

    private RenderedPage NotFound(ViewBuilder view) => Render(view, "404.html",
        view.Page("Page not found", "not-found", "The page you asked for is not in this archive."),
        ("archive_url", view.Link(Urls.Archive)));
}
