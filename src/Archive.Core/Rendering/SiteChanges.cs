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
public sealed class SiteChanges
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
    public bool ArticleUnchanged(int index)
    {
        var entry = current.Articles[index];
        if (!previous.TryIndexOf(entry.Url, out var before) || !ReferenceEquals(previous.Articles[before], entry)) return false;
        if (!ReferenceEquals(current.Older(index), previous.Older(before)) || !ReferenceEquals(current.Newer(index), previous.Newer(before)))
            return false;
        var related = current.Related[index];
        var relatedBefore = previous.Related[before];
        if (related.Count != relatedBefore.Count) return false;
        for (var i = 0; i < related.Count; i++)
            if (!ReferenceEquals(current.Articles[related[i]], previous.Articles[relatedBefore[i]])) return false;
        return changedTermLinks.Count == 0 || !TermsOf(entry).Any(term => changedTermLinks.TryGetValue(term.Kind, out var names) && names.Contains(term.Name));
    }

    /// <summary>A term's pages and feeds show its name, its articles (and their number) and whether it has a page.</summary>
    public bool TermUnchanged(TermArchive term) =>
        previousTerms.TryGetValue(term.Url, out var before)
        && before.Kind == term.Kind && before.HasPage == term.HasPage
        && string.Equals(before.Name, term.Name, StringComparison.Ordinal)
        && SameEntries(before.Articles, term.Articles);

    /// <summary>A month's pages show its articles (their calendar too) and link the months before and after it.</summary>
    public bool MonthUnchanged(MonthArchive month) =>
        previousMonths.TryGetValue(month.Url, out var before)
        && currentMonthNeighbours.TryGetValue(month.Url, out var around)
        && before.Before == around.Before && before.After == around.After
        && SameEntries(before.Month.Articles, month.Articles);

    /// <summary>A day's pages show its articles and link the days before and after it.</summary>
    public bool DayUnchanged(DayArchive day) =>
        previousDays.TryGetValue(day.Url, out var before)
        && currentDayNeighbours.TryGetValue(day.Url, out var around)
        && before.Before == around.Before && before.After == around.After
        && SameEntries(before.Day.Articles, day.Articles);

    public bool OnThisDayUnchanged(OnThisDayArchive day) =>
        previousOnThisDay.TryGetValue(day.Url, out var before) && SameEntries(before.Articles, day.Articles);

    private static bool SameEntries(IReadOnlyList<ArticleEntry> before, IReadOnlyList<ArticleEntry> now)
    {
        if (before.Count != now.Count) return false;
        for (var i = 0; i < now.Count; i++) if (!ReferenceEquals(before[i], now[i])) return false;
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

    private static IEnumerable<(TermKind Kind, string Name)> TermsOf(ArticleEntry entry)
    {
        foreach (var topic in entry.Terms.Topics) yield return (TermKind.Topic, topic);
        foreach (var country in entry.Terms.Countries) yield return (TermKind.Country, country);
        if (entry.Terms.Place is { } place) yield return (TermKind.Place, place);
        if (entry.Terms.Source is { } source) yield return (TermKind.Source, source);
    }

    private static List<MonthArchive> Months(SiteModel site) => site.Years.SelectMany(y => y.Months).ToList();

    private static List<DayArchive> Days(SiteModel site) => site.Years.SelectMany(y => y.Months).SelectMany(m => m.Days).ToList();

    private static IEnumerable<(T Item, T? Before, T? After)> Neighbours<T>(IReadOnlyList<T> items) where T : class
    {
        for (var i = 0; i < items.Count; i++)
            yield return (items[i], i > 0 ? items[i - 1] : null, i + 1 < items.Count ? items[i + 1] : null);
    }
}
