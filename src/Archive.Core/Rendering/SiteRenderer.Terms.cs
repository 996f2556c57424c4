using Archive.Site;

namespace Archive.Rendering;

public sealed partial class SiteRenderer
{
    /// <summary>
    /// Per kind, the index of terms; per term with a page, its landing page (the newest articles and the term's months) and
    /// a list per month, paginated: a back-dated article changes its month's pages, not a window of every later page.
    /// </summary>
    private IEnumerable<RenderJob> TermJobs()
    {
        foreach (var (kind, terms) in site.Terms)
        {
            yield return Job(Urls.TermIndex(kind), view => TermIndex(view, kind, terms));
            foreach (var term in terms.Where(t => t.HasPage))
                foreach (var job in TermPageJobs(term))
                    yield return job;
        }
    }

    private IEnumerable<RenderJob> TermPageJobs(TermArchive term)
    {
        var unchanged = Changes?.TermUnchanged(term) == true;
        // Grouped once per term object: an unchanged term's months are those the last render grouped.
        var months = TermMonths.Of(term);
        var newest = term.Articles.Count <= site.Config.PageSize ? term.Articles : term.Articles.Take(site.Config.PageSize).ToList();
        foreach (var job in Paged(term.Url, newest, (view, page, _) => TermLanding(view, term, months, page.Items), unchanged, _ => []))
            yield return job;
        var before = unchanged ? null : Changes?.TermMonthsBefore(term);
        for (var i = 0; i < months.Count; i++)
        {
            var index = i;
            foreach (var job in Paged(months[i].Url, months[i].Articles, (view, page, all) => TermMonthPage(view, term, months, index, page, all),
                         unchanged || before?.Unchanged(months, index) == true, _ => before?.UnchangedPages(months, index) ?? [], datedLanding: true))
                yield return job;
        }
    }

    private RenderedPage TermIndex(ViewBuilder view, TermKind kind, IReadOnlyList<TermArchive> terms)
    {
        var title = KindTitle(kind);
        return Render(view, "terms.html",
            view.Page(title, "terms", $"All {title.ToLowerInvariant()} of {site.Config.Title}, with article counts."),
            ("heading", title),
            ("terms", terms.Select(t => new TermLinkView(t.Name, t.HasPage ? view.Link(t.Url) : null, t.Articles.Count)).ToList()));
    }

    private RenderedPage TermLanding(ViewBuilder view, TermArchive term, IReadOnlyList<TermMonth> months, IReadOnlyList<ArticleEntry> newest) =>
        Render(view, "term.html",
            view.Page(term.Name, "term", $"Articles filed under {term.Name}: the newest, and every month.", TermCrumbs(view, term),
                feed: new FeedSource(TermFeedTitle(term), term.Url)),
            ("heading", term.Name),
            ("articles", view.Items(newest)),
            ("years", months.GroupBy(m => m.Year).Reverse().Select(year => new
            {
                Name = Number(year.Key),
                Count = year.Sum(m => m.Articles.Count),
                Months = year.Select(m => new TermLinkView(DateFormats.MonthName(m.Month), view.Link(m.Url), m.Articles.Count)).ToList(),
            }).ToList()));

    private RenderedPage TermMonthPage(ViewBuilder view, TermArchive term, IReadOnlyList<TermMonth> months, int index,
        ListPage<ArticleEntry> page, IReadOnlyList<ListPage<ArticleEntry>> all)
    {
        var month = months[index];
        var when = DateFormats.Month(month.Year, month.Month);
        return Render(view, "list.html",
            view.Page($"{term.Name}: {when}", "term-month", PagedDescription($"Articles filed under {term.Name} in {when}", page),
                [.. TermCrumbs(view, term), new(when, view.Link(month.Url))],
                feed: new FeedSource(TermFeedTitle(term), term.Url)),
            ("heading", $"{term.Name}: {when}"),
            ("archive_link", new LinkView($"Every article of {when}", view.Link(Urls.Month(month.Year, month.Month)))),
            ("groups", page.Items.GroupBy(a => a.LocalDate).Select(g => new ItemGroupView(DateFormats.Day(g.Key), view.Items(g))).ToList()),
            ("pager", view.Pager(page, all)),
            ("calendar_pager", new CalendarPagerView($"Previous and next month of {term.Name}",
                index > 0 ? TermMonthLink(view, months[index - 1]) : null,
                index + 1 < months.Count ? TermMonthLink(view, months[index + 1]) : null)));
    }

    private static LinkView TermMonthLink(ViewBuilder view, TermMonth month) => new(DateFormats.Month(month.Year, month.Month), view.Link(month.Url));

    /// <summary>Home > Topics > Trade.</summary>
    private static IReadOnlyList<LinkView> TermCrumbs(ViewBuilder view, TermArchive term) =>
        [new("Home", view.Link(Urls.Home)), new(KindTitle(term.Kind), view.Link(Urls.TermIndex(term.Kind))), new(term.Name, view.Link(term.Url))];

    public static string KindTitle(TermKind kind) => kind switch
    {
        TermKind.Topic => "Topics",
        TermKind.Country => "Countries",
        TermKind.Place => "Places",
        _ => "Sources",
    };
}
