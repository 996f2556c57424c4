using Archive.Model;
using Archive.Rendering;
using Archive.Site;

namespace Archive.Tests.Rendering;

/// <summary>Which numbered pages of a changed list a serve rebuild may keep: those that would render the very same.</summary>
public sealed class SiteChangesPagesTests
{
    private const int PageSize = 3;
    private static readonly SiteConfig Config = SiteConfig.Default with { PageSize = PageSize };
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);

    /// <summary>Articles 1..count (1 the oldest), an hour apart on one day, all under one topic.</summary>
    private static List<ArticleEntry> Articles(int count) => Enumerable.Range(1, count).Select(n => Entry(n)).ToList();

    private static ArticleEntry Entry(int n, string topic = "Economy", int dayOffset = 0) => new()
    {
        SourcePath = $"a{n}.md", Title = $"Story {n}", Slug = $"story-{n}",
        Url = $"/2025/03/{1 + dayOffset:00}/story-{n}/",
        Published = Start.AddDays(dayOffset).AddHours(n % 12).AddMinutes(n),
        Terms = new ArticleTerms([topic], [], null, null),
    };

    /// <summary>Lists made of the same entry objects, as a session's models are.</summary>
    private static readonly List<ArticleEntry> Shared = Articles(10);

    private static List<ArticleEntry> NewestFirst(int count) => Shared.Take(count).Reverse().ToList();

    private static SiteModel Model(IEnumerable<ArticleEntry> articles) => SiteModel.Build(Config, articles, new DiagnosticBag());

    private static IReadOnlyList<bool> TermMonthPages(IEnumerable<ArticleEntry> before, IEnumerable<ArticleEntry> now)
    {
        var previous = Model(before);
        var current = Model(now);
        var changes = new SiteChanges(previous, current, termCountsShown: false);
        // Every article is of March 2025: the term's one month list.
        var months = TermPeriods.Of(Assert.Single(current.Terms[TermKind.Topic]), PageSize);
        Assert.NotNull(Assert.Single(months).Month);
        return changes.TermPeriodsBefore(Assert.Single(current.Terms[TermKind.Topic]))?.UnchangedPages(months, 0) ?? [];
    }

    [Fact]
    public void A_newest_article_that_fits_the_last_page_changes_that_page_only()
    {
        var before = Articles(7); // pages: 1 = [1..3], 2 = [4..6], 3 = [7]
        var now = before.Append(Entry(8)).ToList();

        Assert.Equal([false, true, true, false], TermMonthPages(before, now));
    }

    [Fact]
    public void A_newest_article_that_opens_a_page_changes_the_newer_link_of_the_page_before()
    {
        var before = Articles(9); // three full pages; page 3 links the landing page as newer
        var now = before.Append(Entry(10)).ToList();

        Assert.Equal([false, true, true, false, false], TermMonthPages(before, now));
    }

    [Fact]
    public void Deleting_an_old_article_shifts_every_later_window()
    {
        var before = Articles(10);

        Assert.All(TermMonthPages(before, before.Skip(1)), Assert.False);
        var withoutFifth = before.Where((_, i) => i != 4).ToList();
        Assert.Equal([false, true, false, false], TermMonthPages(before, withoutFifth));
    }

    [Fact]
    public void An_edited_article_changes_only_its_own_page()
    {
        var before = Articles(10);
        var now = before.ToList();
        now[4] = now[4] with { Summary = "Edited." };

        Assert.Equal([false, true, false, true, true], TermMonthPages(before, now));
    }

    [Fact]
    public void A_renamed_term_changes_every_page()
    {
        var before = Articles(10);
        // The term's name is the ordinally first spelling: a newest "ECONOMY" renames it, at the same URL.
        var now = before.Append(Entry(11, "ECONOMY")).ToList();

        Assert.Equal(Model(before).Terms[TermKind.Topic][0].Url, Model(now).Terms[TermKind.Topic][0].Url);
        Assert.Empty(TermMonthPages(before, now));
    }

    [Fact]
    public void A_list_that_had_or_has_a_single_page_keeps_no_numbered_page()
    {
        Assert.Empty(SiteChanges.UnchangedPages(NewestFirst(3), NewestFirst(4), PageSize));
        Assert.Empty(SiteChanges.UnchangedPages(NewestFirst(4), NewestFirst(3), PageSize));
        Assert.Equal([false, true, false], SiteChanges.UnchangedPages(NewestFirst(4), NewestFirst(5), PageSize));
    }

    [Fact]
    public void Month_pages_are_kept_only_while_the_calendar_shows_the_same_counts()
    {
        var before = Enumerable.Range(1, 10).Select(n => Entry(n, dayOffset: n % 3)).ToList();
        var oldest = before.MinBy(a => a.Published) ?? throw new InvalidOperationException();
        var edited = before.Select(a => ReferenceEquals(a, oldest) ? a with { Summary = "Edited." } : a).ToList(); // same counts
        var added = before.Append(Entry(11, dayOffset: 2)).ToList();

        Assert.Equal([false, false, true, true, true], MonthPages(before, edited));
        // One more article on a day: that day's count (and the month's) on every page's calendar changed.
        Assert.Empty(MonthPages(before, added));
    }

    [Fact]
    public void Day_pages_are_kept_while_the_days_around_are_the_same()
    {
        var before = Articles(7);
        var sameDay = before.Append(Entry(8)).ToList();
        var nextDay = sameDay.Append(Entry(9, dayOffset: 1)).ToList();

        Assert.Equal([false, true, true, false], DayPages(before, sameDay, new DateOnly(2025, 3, 1)));
        // A new day after it: every page of the day links it as the next day.
        Assert.Empty(DayPages(before, nextDay, new DateOnly(2025, 3, 1)));
    }

    [Fact]
    public void A_term_month_is_kept_while_its_articles_and_the_months_around_it_are_the_same()
    {
        // Economy in January, March and May; a page of one article, so five articles over five months are browsed by month.
        List<ArticleEntry> before = [On(1, 2025, 1), On(6, 2025, 1), On(2, 2025, 3), On(3, 2025, 5), On(7, 2025, 5)];
        var backDated = before.Append(On(4, 2025, 3)).ToList();
        var newFebruary = before.Append(On(5, 2025, 2)).ToList();

        Assert.Equal([true, false, true], TermMonthsUnchanged(before, backDated));
        // February appears: January links it as next, March as previous; May is as it was.
        Assert.Equal([false, false, false, true], TermMonthsUnchanged(before, newFebruary));
        Assert.Equal([false, false, true], TermMonthsUnchanged(newFebruary, before));
    }

    /// <summary>An Economy article published on the 10th of the month.</summary>
    private static ArticleEntry On(int n, int year, int month) => new()
    {
        SourcePath = $"m{n}.md", Title = $"Story {n}", Slug = $"story-{n}",
        Url = $"/{year:0000}/{month:00}/10/story-{n}/",
        Published = new DateTimeOffset(year, month, 10, 8, n, 0, TimeSpan.Zero),
        Terms = new ArticleTerms(["Economy"], [], null, null),
    };

    /// <summary>By month of the term now (oldest first), whether all its pages are as before.</summary>
    private static IReadOnlyList<bool> TermMonthsUnchanged(List<ArticleEntry> before, List<ArticleEntry> now)
    {
        var onePerPage = Config with { PageSize = 1 };
        var current = SiteModel.Build(onePerPage, now, new DiagnosticBag());
        var term = Assert.Single(current.Terms[TermKind.Topic]);
        var months = TermPeriods.Of(term, 1);
        Assert.All(months, m => Assert.NotNull(m.Month));
        var previous = SiteModel.Build(onePerPage, before, new DiagnosticBag());
        var monthsBefore = Assert.IsType<TermPeriodsBefore>(new SiteChanges(previous, current, termCountsShown: false).TermPeriodsBefore(term));
        return Enumerable.Range(0, months.Count).Select(i => monthsBefore.Unchanged(months, i)).ToList();
    }

    private static IReadOnlyList<bool> MonthPages(List<ArticleEntry> before, List<ArticleEntry> now)
    {
        var current = Model(now);
        var month = current.Years.Single().Months.Single();
        return new SiteChanges(Model(before), current, termCountsShown: false).UnchangedMonthPages(month);
    }

    private static IReadOnlyList<bool> DayPages(List<ArticleEntry> before, List<ArticleEntry> now, DateOnly date)
    {
        var current = Model(now);
        var day = current.Years.Single().Months.Single().Days.Single(d => d.Date == date);
        return new SiteChanges(Model(before), current, termCountsShown: false).UnchangedDayPages(day);
    }
}
