using System.Globalization;
using Archive.Output;
using Archive.Site;

namespace Archive.Rendering;

public sealed partial class SiteRenderer
{
    private Lazy<IReadOnlyList<MonthArchive>> allMonths => field ??= new(() => site.Years.SelectMany(y => y.Months).ToList());
    private Lazy<IReadOnlyList<DayArchive>> allDays => field ??= new(() => site.Years.SelectMany(y => y.Months).SelectMany(m => m.Days).ToList());
    private Lazy<Dictionary<string, int>> monthIndex => field ??= new(() => allMonths.Value.Select((m, i) => (m.Url, i)).ToDictionary(p => p.Url, p => p.i));
    private Lazy<Dictionary<string, int>> dayIndex => field ??= new(() => allDays.Value.Select((d, i) => (d.Url, i)).ToDictionary(p => p.Url, p => p.i));

    /// <summary>A description that names the page number but no totals, so older pages stay byte-identical as articles arrive.</summary>
    private static string PagedDescription(string text, ListPage<ArticleEntry> page) =>
        page.Number == 0 ? text + "." : $"{text}, page {Number(page.Number)}.";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private IEnumerable<RenderJob> DateJobs()
    {
        foreach (var year in site.Years)
        {
            yield return Job(year.Url, view => Year(view, year)) with { SitemapTime = year.Months[0].Articles[^1].Published };
            foreach (var month in year.Months)
            {
                foreach (var job in Paged(month.Url, month.Articles, (view, page, all) => Month(view, month, page, all),
                             Changes?.MonthUnchanged(month) == true, changes => changes.UnchangedMonthPages(month), datedLanding: true))
                    yield return job;
                foreach (var day in month.Days)
                    foreach (var job in Paged(day.Url, day.Articles, (view, page, all) => Day(view, day, page, all),
                                 Changes?.DayUnchanged(day) == true, changes => changes.UnchangedDayPages(day), datedLanding: true))
                        yield return job;
            }
        }
    }

    private IEnumerable<RenderJob> OnThisDayJobs()
    {
        foreach (var day in site.OnThisDay)
        {
            var title = $"On this day: {DateFormats.MonthName(day.Month)} {Number(day.Day)}";
            foreach (var job in Paged(day.Url, day.Articles, (view, page, all) => Render(view, "list.html",
                         view.Page(title, "on-this-day", PagedDescription($"Articles published on {DateFormats.MonthName(day.Month)} {Number(day.Day)} in every year of the archive", page),
                             [new("Home", view.Link(Urls.Home)), new("On this day", view.Link(Urls.OnThisDayIndex))]),
                         ("heading", title), ("groups", view.ByYear(page.Items)), ("pager", view.Pager(page, all))),
                         Changes?.OnThisDayUnchanged(day) == true, changes => changes.UnchangedOnThisDayPages(day)))
                yield return job;
        }
    }

    private RenderedPage OnThisDayIndex(ViewBuilder view) => Render(view, "on-this-day.html",
        view.Page("On this day", "on-this-day-index", $"Every day of the year with articles in {site.Config.Title}, across all years.",
            [new("Home", view.Link(Urls.Home))]),
        ("heading", "On this day"),
        ("months", site.OnThisDay
            .GroupBy(d => d.Month)
            .OrderBy(g => g.Key)
            .Select(g => new TermGroupView(DateFormats.MonthName(g.Key), g.OrderBy(d => d.Day)
                .Select(d => new TermLinkView($"{DateFormats.MonthName(d.Month)} {Number(d.Day)}", view.Link(d.Url), d.Articles.Count)).ToList()))
            .ToList()));

    /// <param name="unchanged">The list and what its pages show are the same objects as in the site in the output folder:
    /// its pages are kept as they are, not paginated, fingerprinted or rendered (unless the current site lacks one).</param>
    /// <param name="unchangedPages">For a changed list, which of its numbered pages show the same as before (by number):
    /// those are kept the same way. Adding the newest article changes only the landing page and the newest page or two.</param>
    /// <param name="datedLanding">The landing page is listed in the sitemap by its oldest article, as numbered pages are (a
    /// date's list); otherwise among the pages listed first (a term's list, whose oldest article is not its own).</param>
    private IEnumerable<RenderJob> Paged(string url, IReadOnlyList<ArticleEntry> articles,
        Func<ViewBuilder, ListPage<ArticleEntry>, IReadOnlyList<ListPage<ArticleEntry>>, RenderedPage> render, bool unchanged,
        Func<SiteChanges, IReadOnlyList<bool>> unchangedPages, bool datedLanding = false)
    {
        var kept = unchanged || Changes is not { } changes ? [] : unchangedPages(changes);
        var remembered = PreviousPages?.Lists.GetValueOrDefault(url);
        var pages = new Lazy<IReadOnlyList<ListPage<ArticleEntry>>>(() => Pagination.Paginate(url, articles, site.Config.PageSize));
        // A list's page URLs follow from its URL and number of pages: the last render's, when the number is the same.
        var urls = remembered is { } before && before.Urls.Count == PageUrlCount(articles.Count)
            ? before.Urls
            : Pagination.PageUrls(url, articles.Count, site.Config.PageSize);
        var entries = new ManifestEntry?[urls.Count];
        for (var number = 0; number < urls.Count; number++)
        {
            var entry = unchanged || (number < kept.Count && kept[number])
                ? Keep(urls[number], remembered is { } last && number < last.Entries.Length ? last.Entries[number] : null)
                : null;
            entries[number] = entry;
            var job = entry is not null ? RenderJob.AlreadyPlaced(urls[number]) : PageJob(urls[number], number, pages, render);
            // Numbered pages count from the oldest: page n starts at the list's ((n-1) * size)th oldest article, for good.
            var oldest = number > 0 ? articles[articles.Count - 1 - (number - 1) * site.Config.PageSize] : datedLanding ? articles[^1] : null;
            yield return oldest is null ? job : job with { SitemapTime = oldest.Published };
        }
        Pages?.Lists[url] = new KeptListPages(urls, entries);
    }

    /// <summary>How many URLs <see cref="Pagination.PageUrls"/> gives a list of this many articles: the landing page and the numbered pages.</summary>
    private int PageUrlCount(int count) => count <= site.Config.PageSize ? 1 : (count + site.Config.PageSize - 1) / site.Config.PageSize + 1;

    private RenderJob PageJob(string url, int number, Lazy<IReadOnlyList<ListPage<ArticleEntry>>> pages,
        Func<ViewBuilder, ListPage<ArticleEntry>, IReadOnlyList<ListPage<ArticleEntry>>, RenderedPage> render) =>
        Job(url, view => render(view, pages.Value[number], pages.Value));

    private RenderedPage ArchiveIndex(ViewBuilder view) => Render(view, "archive.html",
        view.Page("Archive", "archive", $"Every year and month of {site.Config.Title}, with article counts."),
        ("years", site.Years.AsEnumerable().Reverse().Select(y => new
        {
            Name = Number(y.Year), Url = view.Link(y.Url), Count = y.Count,
            Months = y.Months.Select(m => new TermLinkView(DateFormats.MonthName(m.Month), view.Link(m.Url), m.Articles.Count)).ToList(),
        }).ToList()));

    private RenderedPage Year(ViewBuilder view, YearArchive year)
    {
        var index = IndexOf(site.Years, year);
        return Render(view, "year.html",
            view.Page(Number(year.Year), "year", $"{Number(year.Count)} articles published in {Number(year.Year)}.", view.DateCrumbs(year.Year)),
            ("heading", Number(year.Year)),
            ("count", year.Count),
            ("calendar", Calendars.Year(view, year)),
            ("months", year.Months.Select(m => new TermLinkView(DateFormats.MonthName(m.Month), view.Link(m.Url), m.Articles.Count)).ToList()),
            ("calendar_pager", new CalendarPagerView("Previous and next year",
                index > 0 ? new LinkView(Number(site.Years[index - 1].Year), view.Link(site.Years[index - 1].Url)) : null,
                index + 1 < site.Years.Count ? new LinkView(Number(site.Years[index + 1].Year), view.Link(site.Years[index + 1].Url)) : null)));
    }

    private RenderedPage Month(ViewBuilder view, MonthArchive month, ListPage<ArticleEntry> page, IReadOnlyList<ListPage<ArticleEntry>> all)
    {
        var months = allMonths.Value;
        var index = monthIndex.Value[month.Url];
        var title = DateFormats.Month(month.Year, month.Month);
        return Render(view, "month.html",
            view.Page(title, "month", PagedDescription($"Articles published in {title}", page), view.DateCrumbs(month.Year, month.Month)),
            ("heading", title),
            ("calendar", Calendars.Month(view, month)),
            ("groups", page.Items.GroupBy(a => a.LocalDate).Select(g => new ItemGroupView(DateFormats.Day(g.Key), view.Items(g))).ToList()),
            ("pager", view.Pager(page, all)),
            ("calendar_pager", new CalendarPagerView("Previous and next month",
                index > 0 ? MonthLink(view, months[index - 1]) : null,
                index + 1 < months.Count ? MonthLink(view, months[index + 1]) : null)));
    }

    private RenderedPage Day(ViewBuilder view, DayArchive day, ListPage<ArticleEntry> page, IReadOnlyList<ListPage<ArticleEntry>> all)
    {
        var days = allDays.Value;
        var index = dayIndex.Value[day.Url];
        var title = DateFormats.Day(day.Date);
        return Render(view, "list.html",
            view.Page(title, "day", PagedDescription($"Articles published on {title}", page), view.DateCrumbs(day.Date.Year, day.Date.Month, day.Date.Day)),
            ("heading", title),
            ("groups", new[] { new ItemGroupView("", view.Items(page.Items)) }),
            ("pager", view.Pager(page, all)),
            ("calendar_pager", new CalendarPagerView("Previous and next day",
                index > 0 ? new LinkView(DateFormats.Day(days[index - 1].Date), view.Link(days[index - 1].Url)) : null,
                index + 1 < days.Count ? new LinkView(DateFormats.Day(days[index + 1].Date), view.Link(days[index + 1].Url)) : null)));
    }

    private static LinkView MonthLink(ViewBuilder view, MonthArchive month) =>
        new(DateFormats.Month(month.Year, month.Month), view.Link(month.Url));

    private static int IndexOf<T>(IReadOnlyList<T> list, T item) where T : class
    {
        for (var i = 0; i < list.Count; i++) if (ReferenceEquals(list[i], item)) return i;
        return -1;
    }
}
