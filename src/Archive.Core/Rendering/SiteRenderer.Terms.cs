using Archive.Site;

namespace Archive.Rendering;

public sealed partial class SiteRenderer
{
    /// <summary>
    /// Per kind, the index of terms; per term with a page, its landing page (the newest articles and the term's periods) and
    /// a list per period (month, or year for a thin term: see <see cref="TermPeriods"/>), paginated: a back-dated article
    /// changes its period's pages, not a window of every later page.
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
        // Grouped once per term object: an unchanged term's periods are those the last render grouped.
        var periods = TermPeriods.Of(term, site.Config.PageSize);
        var newest = term.Articles.Count <= site.Config.PageSize ? term.Articles : term.Articles.Take(site.Config.PageSize).ToList();
        foreach (var job in Paged(term.Url, newest, (view, page, _) => TermLanding(view, term, periods, page.Items), unchanged, _ => []))
            yield return job;
        var before = unchanged ? null : Changes?.TermPeriodsBefore(term);
        for (var i = 0; i < periods.Count; i++)
        {
            var index = i;
            foreach (var job in Paged(periods[i].Url, periods[i].Articles, (view, page, all) => TermPeriodPage(view, term, periods, index, page, all),
                         unchanged || before?.Unchanged(periods, index) == true, _ => before?.UnchangedPages(periods, index) ?? [], datedLanding: true))
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

    private RenderedPage TermLanding(ViewBuilder view, TermArchive term, IReadOnlyList<TermPeriod> periods, IReadOnlyList<ArticleEntry> newest)
    {
        var byMonth = periods.Count > 0 && periods[0].Month is not null;
        return Render(view, "term.html",
            view.Page(term.Name, "term", $"Articles filed under {term.Name}: the newest, and every {(byMonth ? "month" : "year")}.", TermCrumbs(view, term),
                feed: new FeedSource(TermFeedTitle(term), term.Url)),
            ("heading", term.Name),
            ("articles", view.Items(newest)),
            ("periods_heading", byMonth ? "Articles by month" : "Articles by year"),
            ("years", periods.GroupBy(p => p.Year).Reverse().Select(year => new
            {
                Name = Number(year.Key),
                // A year period is a page of its own; a year of months is a heading over their links.
                Url = byMonth ? null : view.Link(year.First().Url),
                Count = year.Sum(p => p.Articles.Count),
                Months = byMonth ? year.Select(p => new TermLinkView(DateFormats.MonthName(p.Month ?? 1), view.Link(p.Url), p.Articles.Count)).ToList() : [],
            }).ToList()));
    }

    private RenderedPage TermPeriodPage(ViewBuilder view, TermArchive term, IReadOnlyList<TermPeriod> periods, int index,
        ListPage<ArticleEntry> page, IReadOnlyList<ListPage<ArticleEntry>> all)
    {
        var period = periods[index];
        var when = PeriodName(period);
        var groups = period.Month is null
            ? page.Items.GroupBy(a => (a.LocalDate.Year, a.LocalDate.Month)).Select(g => new ItemGroupView(DateFormats.Month(g.Key.Year, g.Key.Month), view.Items(g)))
            : page.Items.GroupBy(a => a.LocalDate).Select(g => new ItemGroupView(DateFormats.Day(g.Key), view.Items(g)));
        return Render(view, "list.html",
            view.Page($"{term.Name}: {when}", period.Month is null ? "term-year" : "term-month", PagedDescription($"Articles filed under {term.Name} in {when}", page),
                [.. TermCrumbs(view, term), new(when, view.Link(period.Url))],
                feed: new FeedSource(TermFeedTitle(term), term.Url)),
            ("heading", $"{term.Name}: {when}"),
            ("archive_link", new LinkView($"Every article of {when}",
                view.Link(period.Month is { } month ? Urls.Month(period.Year, month) : Urls.Year(period.Year)))),
            ("groups", groups.ToList()),
            ("pager", view.Pager(page, all)),
            ("calendar_pager", new CalendarPagerView($"Previous and next {(period.Month is null ? "year" : "month")} of {term.Name}",
                index > 0 ? TermPeriodLink(view, periods[index - 1]) : null,
                index + 1 < periods.Count ? TermPeriodLink(view, periods[index + 1]) : null)));
    }

    private static string PeriodName(TermPeriod period) =>
        period.Month is { } month ? DateFormats.Month(period.Year, month) : Number(period.Year);

    private static LinkView TermPeriodLink(ViewBuilder view, TermPeriod period) => new(PeriodName(period), view.Link(period.Url));

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
