using Archive.Site;

namespace Archive.Rendering;

/// <summary>
/// Which pages of the site being rendered were made from the very same inputs as the site in the output folder, told by
/// comparing the two site models object by object: an unchanged article is the same <see cref="ArticleEntry"/> object in
/// both (a serve session keeps what it read), so a page whose entries, neighbours and lists are the same objects in the
/// same order needs neither rendering nor a fingerprint. Work is a few reference comparisons per page, not a hash.
/// </summary>
/// <remarks>
/// Only valid when both models were rendered with the same config, theme and code (the caller checks the site key), and
/// the previous one is the model of the site now in the output folder. Whatever a page reads must be compared here:
/// each check names what the corresponding page in SiteRenderer shows.
/// </remarks>
public sealed partial class SiteChanges
{
    private readonly SiteModel previous;
    private readonly SiteModel current;
    private readonly bool termCountsShown;
    // By kind, compared as FindTerm compares names.
    private readonly Dictionary<TermKind, HashSet<string>> changedTermLinks = [];
    private readonly Dictionary<string, TermArchive> previousTerms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (MonthArchive Month, string? Before, string? After)> previousMonths = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (DayArchive Day, string? Before, string? After)> previousDays = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OnThisDayArchive> previousOnThisDay = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string? Before, string? After)> currentMonthNeighbours;
    private readonly Dictionary<string, (string? Before, string? After)> currentDayNeighbours;

    /// <param name="termCountsShown">Whether article pages show their terms' article counts (then a count is an input).</param>
    public SiteChanges(SiteModel previous, SiteModel current, bool termCountsShown)
    {
        this.previous = previous;
        this.current = current;
        this.termCountsShown = termCountsShown;
        foreach (var term in previous.Terms.Values.SelectMany(t => t)) previousTerms.TryAdd(term.Url, term);
        foreach (var (month, before, after) in Neighbours(Months(previous))) previousMonths[month.Url] = (month, before?.Url, after?.Url);
        foreach (var (day, before, after) in Neighbours(Days(previous))) previousDays[day.Url] = (day, before?.Url, after?.Url);
        foreach (var day in previous.OnThisDay) previousOnThisDay[day.Url] = day;
        currentMonthNeighbours = Neighbours(Months(current)).ToDictionary(n => n.Item.Url, n => (n.Before?.Url, n.After?.Url), StringComparer.Ordinal);
        currentDayNeighbours = Neighbours(Days(current)).ToDictionary(n => n.Item.Url, n => (n.Before?.Url, n.After?.Url), StringComparer.Ordinal);
        FindChangedTermLinks();
    }

    /// <summary>
    /// An article page shows its entry, the next older and newer entries, its related entries and a link per term (whether
    /// the term has a page, its URL, and its count if shown).
    /// </summary>
    /// <param name="before">Where the article was in the previous model (when this is true).</param>
    public bool ArticleUnchanged(int index, out int before)
    {
        var entry = current.Articles[index];
        if (!PreviousIndex(entry, index, out before)) return false;
        if (!ReferenceEquals(current.Older(index), previous.Older(before)) || !ReferenceEquals(current.Newer(index), previous.Newer(before)))
            return false;
        var related = current.Related[index];
        var relatedBefore = previous.Related[before];
        if (related.Count != relatedBefore.Count) return false;
        for (var i = 0; i < related.Count; i++)
            if (!ReferenceEquals(current.Articles[related[i]], previous.Articles[relatedBefore[i]])) return false;
        return changedTermLinks.Count == 0 || !LinksChangedTerm(entry);
    }

    /// <summary>Whether one of the article's term links changed: run per article, so without an enumerator or closure.</summary>
    private bool LinksChangedTerm(ArticleEntry entry)
    {
        var terms = entry.Terms;
        if (changedTermLinks.TryGetValue(TermKind.Topic, out var topics))
            for (var i = 0; i < terms.Topics.Count; i++) if (topics.Contains(terms.Topics[i])) return true;
        if (changedTermLinks.TryGetValue(TermKind.Country, out var countries))
            for (var i = 0; i < terms.Countries.Count; i++) if (countries.Contains(terms.Countries[i])) return true;
        return (terms.Place is { } place && Changed(TermKind.Place, place)) || (terms.Source is { } source && Changed(TermKind.Source, source));

        bool Changed(TermKind kind, string name) => changedTermLinks.TryGetValue(kind, out var names) && names.Contains(name);
    }

    /// <summary>Where the same entry object was in the previous model: as the current model's order says when it was made
    /// from that model; else most often at the same place, or shifted by the articles added or removed (all of them newer, in
    /// the daily case); looked up by URL otherwise.</summary>
    private bool PreviousIndex(ArticleEntry entry, int index, out int before)
    {
        // An entry the order counts as added (-1) is new to the previous model, or one whose stale slot hid it there: its
        // page is rendered again either way, which is never wrong.
        if (current.TryPreviousIndex(previous, index, out before)) return before >= 0;
        var shift = current.Articles.Count - previous.Articles.Count;
        foreach (var guess in (ReadOnlySpan<int>)[index, index - shift])
        {
            before = guess;
            if (guess >= 0 && guess < previous.Articles.Count && ReferenceEquals(previous.Articles[guess], entry)) return true;
        }
        return previous.TryIndexOf(entry.Url, out before) && ReferenceEquals(previous.Articles[before], entry);
    }

    /// <summary>A term's pages (its landing page and its months' pages) and feeds show its name, its articles (and their
    /// number, by month too) and whether it has a page.</summary>
    public bool TermUnchanged(TermArchive term) =>
        previousTerms.TryGetValue(term.Url, out var before) && SameTermHeading(before, term) && EntryLists.Same(before.Articles, term.Articles);

    /// <summary>A month's pages show its articles (their calendar too) and link the months before and after it.</summary>
    public bool MonthUnchanged(MonthArchive month) =>
        previousMonths.TryGetValue(month.Url, out var before) && SameMonthNeighbours(month, before)
        && EntryLists.Same(before.Month.Articles, month.Articles);

    /// <summary>A day's pages show its articles and link the days before and after it.</summary>
    public bool DayUnchanged(DayArchive day) =>
        previousDays.TryGetValue(day.Url, out var before) && SameDayNeighbours(day, before) && EntryLists.Same(before.Day.Articles, day.Articles);

    /// <summary>An on-this-day page shows its articles; its title and links follow from its URL (the month and day).</summary>
    public bool OnThisDayUnchanged(OnThisDayArchive day) =>
        previousOnThisDay.TryGetValue(day.Url, out var before) && EntryLists.Same(before.Articles, day.Articles);

    /// <summary>
    /// Which numbered pages of a changed month are as before: a month page also shows the month's calendar (every day's
    /// article count, shaded by the busiest, and the month's own count), so only while that is the same, and links the
    /// months before and after it.
    /// </summary>
    public IReadOnlyList<bool> UnchangedMonthPages(MonthArchive month) =>
        previousMonths.TryGetValue(month.Url, out var before) && SameMonthNeighbours(month, before) && SameCalendar(before.Month, month)
            ? UnchangedPages(before.Month.Articles, month.Articles, current.Config.PageSize)
            : [];

    /// <summary>Which numbered pages of a changed day are as before: a day page also links the days before and after it.</summary>
    public IReadOnlyList<bool> UnchangedDayPages(DayArchive day) =>
        previousDays.TryGetValue(day.Url, out var before) && SameDayNeighbours(day, before)
            ? UnchangedPages(before.Day.Articles, day.Articles, current.Config.PageSize)
            : [];

    /// <summary>Which numbered pages of a changed on-this-day list are as before: nothing but the window and pager differ.</summary>
    public IReadOnlyList<bool> UnchangedOnThisDayPages(OnThisDayArchive day) =>
        previousOnThisDay.TryGetValue(day.Url, out var before)
            ? UnchangedPages(before.Articles, day.Articles, current.Config.PageSize)
            : [];

    /// <summary>
    /// Which numbered pages of a list (newest first) show the same as before, by page number: [n] for page n, [0] (the
    /// landing page, which shows the newest and links every page) always false; pages past the end are not listed.
    /// </summary>
    /// <remarks>
    /// Pages count from the oldest (see <see cref="Pagination"/>): page n shows the window [(n-1)*size, min(n*size, count))
    /// of the list oldest first, links page n-1 as older (none for page 1) and page n+1 as newer, or the landing page if it
    /// is the last page. So it is unchanged when its window holds the same entries in the same order and it is the last page
    /// in both lists or in neither. Adding the newest entry changes the last page only (and the one before it if the count
    /// of pages grew); removing an old one shifts every later window.
    /// </remarks>
    public static IReadOnlyList<bool> UnchangedPages(IReadOnlyList<ArticleEntry> before, IReadOnlyList<ArticleEntry> now, int pageSize)
    {
        if (before.Count <= pageSize || now.Count <= pageSize) return [];
        var pagesBefore = (before.Count + pageSize - 1) / pageSize;
        var pagesNow = (now.Count + pageSize - 1) / pageSize;
        var unchanged = new bool[pagesNow + 1];
        for (var number = 1; number <= Math.Min(pagesBefore, pagesNow); number++)
            unchanged[number] = (number == pagesBefore) == (number == pagesNow) && SameWindow(before, now, (number - 1) * pageSize, pageSize);
        return unchanged;
    }

    /// <summary>Whether both lists hold the same entries at oldest-first places [first, first+size), or as far as they go.</summary>
    private static bool SameWindow(IReadOnlyList<ArticleEntry> before, IReadOnlyList<ArticleEntry> now, int first, int size)
    {
        var end = Math.Min(first + size, now.Count);
        if (end != Math.Min(first + size, before.Count)) return false;
        for (var i = first; i < end; i++)
            if (!ReferenceEquals(before[before.Count - 1 - i], now[now.Count - 1 - i])) return false;
        return true;
    }

    private static bool SameTermHeading(TermArchive before, TermArchive now) =>
        before.Kind == now.Kind && before.HasPage == now.HasPage && string.Equals(before.Name, now.Name, StringComparison.Ordinal);

    private bool SameMonthNeighbours(MonthArchive month, (MonthArchive Month, string? Before, string? After) before) =>
        currentMonthNeighbours.TryGetValue(month.Url, out var around) && before.Before == around.Before && before.After == around.After;

    private bool SameDayNeighbours(DayArchive day, (DayArchive Day, string? Before, string? After) before) =>
        currentDayNeighbours.TryGetValue(day.Url, out var around) && before.Before == around.Before && before.After == around.After;

    /// <summary>A month's calendar shows each day's article count (shaded against the busiest day) and the month's count.</summary>
    private static bool SameCalendar(MonthArchive before, MonthArchive now)
    {
        if (before.Articles.Count != now.Articles.Count || before.Days.Count != now.Days.Count) return false;
        for (var i = 0; i < now.Days.Count; i++)
            if (before.Days[i].Date != now.Days[i].Date || before.Days[i].Articles.Count != now.Days[i].Articles.Count) return false;
        return true;
    }


    /// <summary>Terms whose link on an article page would differ: gained or lost a page, moved, or (if shown) changed count.</summary>
    private void FindChangedTermLinks()
    {
        foreach (var kind in Enum.GetValues<TermKind>())
        {
            var names = current.Terms[kind].Select(t => t.Name).Concat(previous.Terms[kind].Select(t => t.Name))
                .Distinct(StringComparer.OrdinalIgnoreCase);
            foreach (var name in names)
            {
                var before = previous.FindTerm(kind, name);
                var now = current.FindTerm(kind, name);
                var same = before is not null && now is not null
                    ? before.HasPage == now.HasPage && before.Url == now.Url && (!termCountsShown || before.Articles.Count == now.Articles.Count)
                    : before is null && now is null;
                if (same) continue;
                if (!changedTermLinks.TryGetValue(kind, out var changed))
                    changedTermLinks[kind] = changed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                changed.Add(name);
            }
        }
    }

    private static List<MonthArchive> Months(SiteModel site) => site.Years.SelectMany(y => y.Months).ToList();

    private static List<DayArchive> Days(SiteModel site) => site.Years.SelectMany(y => y.Months).SelectMany(m => m.Days).ToList();

    private static IEnumerable<(T Item, T? Before, T? After)> Neighbours<T>(IReadOnlyList<T> items) where T : class
    {
        for (var i = 0; i < items.Count; i++)
            yield return (items[i], i > 0 ? items[i - 1] : null, i + 1 < items.Count ? items[i + 1] : null);
    }
}
