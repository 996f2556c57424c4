using Archive.Site;

namespace Archive.Rendering;

/// <summary>Builds the view models of one page; every URL it hands out is relative to that page.</summary>
internal sealed class ViewBuilder(SiteModel site, string pageUrl)
{
    public string PageUrl => pageUrl;

    public string Link(string url) => Urls.Relative(pageUrl, url);

    public ArticleItemView Item(ArticleEntry article) => new(
        article.Title,
        Link(article.Url),
        DateFormats.Day(article.LocalDate),
        DateFormats.Iso(article.Published),
        article.Terms.Source,
        article.Terms.Place,
        article.Summary);

    public IReadOnlyList<ArticleItemView> Items(IEnumerable<ArticleEntry> articles) => articles.Select(Item).ToList();

    public TermLinkView TermLink(TermKind kind, string name)
    {
        var term = site.FindTerm(kind, name);
        return new TermLinkView(name, term is { HasPage: true } ? Link(term.Url) : null, term?.Articles.Count ?? 0);
    }

    public PageView Page(string title, string kind, string description, IReadOnlyList<LinkView>? breadcrumbs = null, RawHtml? head = null) => new()
    {
        Title = title,
        Kind = kind,
        Description = description,
        CanonicalUrl = Urls.Absolute(site.Config.BaseUrl, pageUrl),
        HomeUrl = Link(Urls.Home),
        StylesheetUrl = Link(Urls.Stylesheet),
        Breadcrumbs = breadcrumbs ?? [],
        Navigation = Navigation(),
        Feeds = [],
        Head = head ?? new RawHtml(""),
    };

    private IReadOnlyList<LinkView> Navigation() =>
    [
        new("Home", Link(Urls.Home)),
        new("Archive", Link(Urls.Archive)),
        new("Topics", Link(Urls.TermIndex(TermKind.Topic))),
        new("Countries", Link(Urls.TermIndex(TermKind.Country))),
        new("Places", Link(Urls.TermIndex(TermKind.Place))),
        new("Sources", Link(Urls.TermIndex(TermKind.Source))),
        new("Search", Link(Urls.Search)),
    ];

    /// <summary>Home > 2025 > July > 11, as far as <paramref name="date"/> goes (month/day optional).</summary>
    public IReadOnlyList<LinkView> DateCrumbs(int year, int? month = null, int? day = null)
    {
        var crumbs = new List<LinkView> { new("Home", Link(Urls.Home)), new(year.ToString(System.Globalization.CultureInfo.InvariantCulture), Link(Urls.Year(year))) };
        if (month is { } m) crumbs.Add(new(DateFormats.MonthName(m), Link(Urls.Month(year, m))));
        if (month is { } mm && day is { } d) crumbs.Add(new(d.ToString(System.Globalization.CultureInfo.InvariantCulture), Link(Urls.Day(new DateOnly(year, mm, d)))));
        return crumbs;
    }

    public PagerView Pager<T>(ListPage<T> page, IReadOnlyList<ListPage<T>> all) => new(
        page.NewerUrl is null ? null : Link(page.NewerUrl),
        page.OlderUrl is null ? null : Link(page.OlderUrl),
        page.Number == 0 && all.Count > 1
            ? all.Skip(1).Reverse().Select(p => new LinkView(p.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), Link(p.Url))).ToList()
            : []);

    /// <summary>Groups newest-first items under year headings.</summary>
    public IReadOnlyList<ItemGroupView> ByYear(IEnumerable<ArticleEntry> articles) =>
        articles.GroupBy(a => a.LocalDate.Year)
            .Select(g => new ItemGroupView(g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), Items(g)))
            .ToList();
}
