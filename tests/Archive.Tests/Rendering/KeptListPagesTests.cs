using Archive.Output;
using Archive.Model;
using Archive.Rendering;
using Archive.Site;

namespace Archive.Tests.Rendering;

/// <summary>What a serve rebuild renders of a changed list: only the pages that changed, the rest kept as they are.</summary>
public sealed class KeptListPagesTests
{
    private static readonly SiteConfig Config = SiteConfig.Default with { PageSize = 3 };
    /// <summary>One article a page: a term of an article a month is browsed by month.</summary>
    private static readonly SiteConfig ByMonth = Config with { PageSize = 1 };

    /// <summary>Article n in month n from January 2020 (one per month and day: date lists stay single pages).</summary>
    private static ArticleEntry Monthly(int n)
    {
        var published = new DateTimeOffset(2020, 1, 1, 9, 0, 0, TimeSpan.Zero).AddMonths(n);
        return new()
        {
            SourcePath = $"a{n}.md", Title = $"Story {n}", Slug = $"story-{n}",
            Url = $"/{published:yyyy}/{published:MM}/{published:dd}/story-{n}/",
            Published = published,
            Terms = new ArticleTerms(["Economy"], [], null, null),
        };
    }

    private static SiteModel Model(IEnumerable<ArticleEntry> articles, SiteConfig? config = null) =>
        SiteModel.Build(config ?? ByMonth, articles, new DiagnosticBag());

    /// <summary>The URLs the renderer would render (not keep) for the current site, with the previous one in the output folder.</summary>
    private static List<string> Rendered(SiteModel previous, SiteModel current, SiteModel? known)
    {
        var diagnostics = new DiagnosticBag();
        var renderer = new SiteRenderer(current, new TemplateStore(null, diagnostics), new InMemoryBodies(new Dictionary<string, Article>()), diagnostics)
        {
            PreviousSite = known,
            Reuse = new EverythingKept(),
        };
        return renderer.JobsBeforeSearchIndex().Where(job => !job.Placed).Select(job => job.Url).ToList();
    }

    /// <summary>The pages of a term (its landing page and its periods' pages, not its feeds) among the URLs, in order.</summary>
    private static List<string> PagesOf(string termUrl, IEnumerable<string> urls) =>
        urls.Where(url => url.StartsWith(termUrl, StringComparison.Ordinal) && url.EndsWith('/')).Order(StringComparer.Ordinal).ToList();

    private static string MonthOf(TermArchive term, int n) => Urls.TermMonth(term.Kind, term.Slug, Monthly(n).Published.Year, Monthly(n).Published.Month);

    [Fact]
    public void A_newest_article_in_a_new_month_renders_the_landing_page_that_month_and_the_month_before_it_only()
    {
        var articles = Enumerable.Range(1, 7).Select(Monthly).ToList();
        var previous = Model(articles);
        var current = Model(articles.Append(Monthly(8)));
        var term = current.Terms[TermKind.Topic].Single();

        var rendered = PagesOf(term.Url, Rendered(previous, current, previous));

        // The month before links the new one as next.
        Assert.Equal([term.Url, MonthOf(term, 7), MonthOf(term, 8)], rendered);
        // Without the previous model every page is rendered (to be fingerprinted).
        Assert.Equal(9, PagesOf(term.Url, Rendered(previous, current, known: null)).Count);
    }

    [Fact]
    public void A_back_dated_article_renders_the_landing_page_and_its_own_month_only()
    {
        var articles = Enumerable.Range(1, 9).Select(Monthly).ToList();
        var previous = Model(articles);
        var third = Monthly(3);
        var backDated = third with { SourcePath = "b.md", Slug = "back", Url = third.Url.Replace("story-3", "back", StringComparison.Ordinal), Published = third.Published.AddHours(2) };
        var current = Model(articles.Append(backDated));
        var term = current.Terms[TermKind.Topic].Single();

        var month = MonthOf(term, 3);
        Assert.Equal([term.Url, month, Urls.Page(month, 1), Urls.Page(month, 2)], PagesOf(term.Url, Rendered(previous, current, previous)));
    }

    [Fact]
    public void A_newest_article_in_a_long_month_renders_its_landing_and_newest_pages_of_that_month()
    {
        var articles = Enumerable.Range(1, 5).Select(Monthly).ToList();
        var fifth = Monthly(5);
        // Month 5 holds four articles, a page each.
        ArticleEntry Later(int hours) => fifth with
        {
            SourcePath = $"later{hours}.md", Slug = $"later-{hours}", Url = fifth.Url.Replace("story-5", $"later-{hours}", StringComparison.Ordinal),
            Published = fifth.Published.AddHours(hours),
        };
        articles.AddRange([Later(1), Later(2), Later(3)]);
        var previous = Model(articles);
        var current = Model(articles.Append(Later(4)));
        var term = current.Terms[TermKind.Topic].Single();
        var month = MonthOf(term, 5);

        // The new page, and the one before it, which links it as newer.
        Assert.Equal([term.Url, month, Urls.Page(month, 4), Urls.Page(month, 5)], PagesOf(term.Url, Rendered(previous, current, previous)));
    }

    [Fact]
    public void Deleting_the_oldest_article_renders_the_landing_page_and_the_month_after_it()
    {
        var articles = Enumerable.Range(1, 9).Select(Monthly).ToList();
        var previous = Model(articles);
        var current = Model(articles.Skip(1));
        var term = current.Terms[TermKind.Topic].Single();

        // The second month no longer links a previous one; no later month changed.
        Assert.Equal([term.Url, MonthOf(term, 2)], PagesOf(term.Url, Rendered(previous, current, previous)));
    }

    [Fact]
    public void A_back_dated_article_of_a_thin_term_renders_the_landing_page_and_the_pages_of_its_year_from_it_on()
    {
        // Twenty articles over twenty months, three a page: by year, eleven in 2020 and nine in 2021.
        var articles = Enumerable.Range(1, 20).Select(Monthly).ToList();
        var previous = Model(articles, Config);
        var third = Monthly(3);
        var backDated = third with { SourcePath = "b.md", Slug = "back", Url = third.Url.Replace("story-3", "back", StringComparison.Ordinal), Published = third.Published.AddHours(2) };
        var current = Model(articles.Append(backDated), Config);
        var term = current.Terms[TermKind.Topic].Single();
        var year = Urls.TermYear(term.Kind, term.Slug, 2020);

        // The fourth oldest of 2020: page 1 (the oldest three) and 2021 are as they were.
        Assert.Equal([term.Url, year, Urls.Page(year, 2), Urls.Page(year, 3), Urls.Page(year, 4)],
            PagesOf(term.Url, Rendered(previous, current, previous)));
    }

    [Fact]
    public void A_term_turning_from_years_to_months_renders_every_page_of_it_and_no_year()
    {
        var articles = Enumerable.Range(1, 6).Select(Monthly).ToList();
        // Two more articles in each of the first three months: twelve in six months, three a page, still thin; two more in
        // each of the other three: eighteen, dense.
        var thin = Model(articles.Concat(articles.Take(3).SelectMany(TwoMore)), Config);
        Assert.Null(TermPeriods.Of(thin.Terms[TermKind.Topic].Single(), 3)[0].Month);
        var dense = articles.Concat(articles.SelectMany(TwoMore));
        var current = Model(dense, Config);
        var term = current.Terms[TermKind.Topic].Single();

        var rendered = PagesOf(term.Url, Rendered(thin, current, thin));

        Assert.Equal(PagesOf(term.Url, Rendered(thin, current, known: null)), rendered);
        Assert.Equal(7, rendered.Count); // the landing page and six months, a page each
        Assert.DoesNotContain(Urls.TermYear(term.Kind, term.Slug, 2020), rendered);
    }

    private static IEnumerable<ArticleEntry> TwoMore(ArticleEntry article) => new[] { 1, 2 }.Select(hours => article with
    {
        SourcePath = $"x{hours}{article.SourcePath}", Slug = $"x{hours}-{article.Slug}",
        Url = article.Url.Replace("story", $"x{hours}-story", StringComparison.Ordinal), Published = article.Published.AddHours(hours),
    });

    [Fact]
    public void Sitemap_parts_listing_the_same_entries_are_kept_and_the_rest_with_the_index_made_again()
    {
        var articles = Enumerable.Range(1, 23).Select(Monthly).ToList();
        var previous = Model(articles, Config);
        // Published on the newest article's day, after it: no list gains a page (23 and 24 articles make 8 pages of 3, that
        // day of the year had 2 articles) and the new article joins the end of the sitemap.
        var day = Monthly(23);
        var newest = day with { SourcePath = "b.md", Slug = "later", Url = day.Url.Replace("story-23", "later", StringComparison.Ordinal), Published = day.Published.AddHours(2) };
        var current = Model(articles.Append(newest), Config);
        var listed = SitemapRenderer(previous, null);
        _ = listed.JobsBeforeSearchIndex().ToList();

        var known = SitemapRenderer(current, listed.Sitemap);
        var rendered = known.JobsBeforeSearchIndex().Where(job => !job.Placed).Select(job => job.Url)
            .Where(IsSitemapFile).ToList();
        var all = SitemapRenderer(current, null).JobsBeforeSearchIndex().Select(job => job.Url)
            .Where(IsSitemapFile).ToList();

        var last = Archive.Feeds.Sitemaps.Files(known.Sitemap ?? [], 10)[^1].Url;
        Assert.True(all.Count > 4, string.Join(' ', all));
        // The index lists the last part's newest date, which is the new article's.
        Assert.Equal([Urls.Sitemap, last], rendered);
    }

    private static bool IsSitemapFile(string url) => url.StartsWith("/sitemap", StringComparison.Ordinal) && url != Urls.NewsSitemap;

    private static SiteRenderer SitemapRenderer(SiteModel site, IReadOnlyList<Archive.Feeds.SitemapEntry>? previous)
    {
        var diagnostics = new DiagnosticBag();
        return new SiteRenderer(site, new TemplateStore(null, diagnostics), new InMemoryBodies(new Dictionary<string, Article>()), diagnostics)
        {
            PreviousSitemap = previous,
            Reuse = new EverythingKept(),
            SitemapUrlsPerFile = 10,
        };
    }

    /// <summary>An output folder holding every page, keepable as it is; nothing matches by fingerprint.</summary>
    private sealed class EverythingKept : IPageReuse
    {
        public bool TryReuse(string relativePath, string fingerprint) => false;

        public ManifestEntry? Keep(string relativePath) => new(relativePath, "kept");

        public ManifestEntry? Keep(ManifestEntry kept, WriteStamp keptBy) => kept;

        public WriteStamp Stamp { get; } = new(0);
    }
}
