using System.Globalization;
using Archive.Feeds;
using Archive.Site;

namespace Archive.Rendering;

/// <summary>The feeds a page links: a list's three formats, titled after it.</summary>
internal sealed record FeedSource(string Title, string ListUrl);

/// <summary>
/// Builds the view models of one page; every URL it hands out is relative to that page, or root-relative (from the base
/// URL's path) for a page served at any depth, like the 404 page.
/// </summary>
internal sealed class ViewBuilder(SiteModel site, string pageUrl, bool rootRelative = false)
{
    public string PageUrl => pageUrl;

    public string Link(string url) => rootRelative ? Urls.RootRelative(site.Config.BaseUrl, url) : Urls.Relative(pageUrl, url);

    public ArticleItemView Item(ArticleEntry article) => new(
        article.Title,
        Link(article.Url),
        DateFormats.Day(article.LocalDate),
        DateFormats.Iso(article.Published),
        article.Terms.Source,
        article.Terms.Place,
        article.Summary) { Entry = article };

    public IReadOnlyList<ArticleItemView> Items(IEnumerable<ArticleEntry> articles) => articles.Select(Item).ToList();

    public TermLinkView TermLink(TermKind kind, string name)
    {
        var term = site.FindTerm(kind, name);
        return new TermLinkView(name, term is { HasPage: true } ? Link(term.Url) : null, term?.Articles.Count ?? 0);
    }

    public PageView Page(string title, string kind, string description, IReadOnlyList<LinkView>? breadcrumbs = null,
        RawHtml? head = null, FeedSource? feed = null, IReadOnlyList<MetaTagView>? meta = null) => new()
    {
        Title = title,
        Kind = kind,
        Description = description,
        CanonicalUrl = Urls.Absolute(site.Config.BaseUrl, pageUrl),
        HomeUrl = Link(Urls.Home),
        StylesheetUrl = Link(Urls.Stylesheet),
        Breadcrumbs = breadcrumbs ?? [],
        Navigation = Navigation(),
        Feeds = Feeds(feed ?? new FeedSource(site.Config.Title, Urls.Home)),
        Meta = meta ?? [],
        Head = head ?? new RawHtml(""),
    };

    private IReadOnlyList<FeedLinkView> Feeds(FeedSource feed) =>
    [
        new($"{feed.Title} (Atom)", Link(Urls.AtomFeed(feed.ListUrl)), "application/atom+xml"),
        new($"{feed.Title} (RSS)", Link(Urls.RssFeed(feed.ListUrl)), "application/rss+xml"),
        new($"{feed.Title} (JSON Feed)", Link(Urls.JsonFeed(feed.ListUrl)), "application/feed+json"),
    ];

    private IReadOnlyList<LinkView> Navigation() =>
    [
        new("Home", Link(Urls.Home)),
        new("Archive", Link(Urls.Archive)),
        new("Topics", Link(Urls.TermIndex(TermKind.Topic))),
        new("Countries", Link(Urls.TermIndex(TermKind.Country))),
        new("Places", Link(Urls.TermIndex(TermKind.Place))),
        new("Sources", Link(Urls.TermIndex(TermKind.Source))),
        new("On this day", Link(Urls.OnThisDayIndex)),
        new("Search", Link(Urls.Search)),
    ];

    /// <summary>Home > 2025 > July > 11, as far as <paramref name="date"/> goes (month/day optional).</summary>
    public IReadOnlyList<LinkView> DateCrumbs(int year, int? month = null, int? day = null)
    {
        var crumbs = new List<LinkView> { new("Home", Link(Urls.Home)), new(Number(year), Link(Urls.Year(year))) };
        if (month is { } m) crumbs.Add(new(DateFormats.MonthName(m), Link(Urls.Month(year, m))));
        if (month is { } mm && day is { } d) crumbs.Add(new(Number(d), Link(Urls.Day(new DateOnly(year, mm, d)))));
        return crumbs;
    }

    public PagerView Pager<T>(ListPage<T> page, IReadOnlyList<ListPage<T>> all) => new(
        page.NewerUrl is null ? null : Link(page.NewerUrl),
        page.OlderUrl is null ? null : Link(page.OlderUrl),
        page.Number == 0 && all.Count > 1
            ? all.Skip(1).Reverse().Select(p => new LinkView(Number(p.Number), Link(p.Url))).ToList()
            : []);

    /// <summary>Groups newest-first items under year headings.</summary>
    public IReadOnlyList<ItemGroupView> ByYear(IEnumerable<ArticleEntry> articles) =>
        articles.GroupBy(a => a.LocalDate.Year)
            .Select(g => new ItemGroupView(Number(g.Key), Items(g)))
            .ToList();

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
