using System.Runtime.CompilerServices;

namespace Archive.Site;

/// <summary>
/// A term's articles of one month, or of one year when <see cref="Month"/> is null (of their local dates, as the archive's
/// date pages count them), newest first.
/// </summary>
public sealed record TermPeriod(int Year, int? Month, string Url, IReadOnlyList<ArticleEntry> Articles)
{
    /// <summary>Orders periods of one kind: by year, then by month (0 for a year).</summary>
    public (int Year, int Month) Key => (Year, Month ?? 0);
}

/// <summary>
/// A term's articles grouped by period, oldest first: by month when the term averages at least a page of articles per month
/// over the months it spans (from its oldest article's month to its newest's, by local date), otherwise by year, so a thin
/// term gets no page per month with one or two articles. Made once per term object, so a session's unchanged term (the very
/// object of the last model) hands its pages the periods the last render grouped.
/// </summary>
public static class TermPeriods
{
    private sealed record Grouping(int PageSize, IReadOnlyList<TermPeriod> Periods);

    private static readonly ConditionalWeakTable<TermArchive, Grouping> Grouped = new();

    public static IReadOnlyList<TermPeriod> Of(TermArchive term, int pageSize)
    {
        var grouping = Grouped.GetValue(term, t => new Grouping(pageSize, Group(t, ByMonth(t.Articles, pageSize))));
        // A term object belongs to one site model, which has one page size; another size (a test's) is grouped afresh.
        return grouping.PageSize == pageSize ? grouping.Periods : Group(term, ByMonth(term.Articles, pageSize));
    }

    /// <summary>
    /// The rule: whether articles (of one term) are browsed by month, i.e. average at least <paramref name="pageSize"/>
    /// per month over the months from the oldest local month to the newest, both included.
    /// </summary>
    public static bool ByMonth(IReadOnlyList<ArticleEntry> articles, int pageSize)
    {
        if (articles.Count == 0) return true;
        int first = int.MaxValue, last = int.MinValue;
        foreach (var article in articles)
        {
            var date = article.LocalDate;
            var month = date.Year * 12 + date.Month - 1;
            first = Math.Min(first, month);
            last = Math.Max(last, month);
        }
        return articles.Count >= (long)pageSize * (last - first + 1);
    }

    /// <summary>The index of the period with this key in <paramref name="periods"/> (oldest first), or -1.</summary>
    public static int IndexOf(IReadOnlyList<TermPeriod> periods, (int Year, int Month) key)
    {
        int low = 0, high = periods.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var order = periods[middle].Key.CompareTo(key);
            if (order == 0) return middle;
            if (order < 0) low = middle + 1;
            else high = middle - 1;
        }
        return -1;
    }

    private static IReadOnlyList<TermPeriod> Group(TermArchive term, bool byMonth)
    {
        // One pass over the newest-first list. A period's articles are contiguous but where the instants and the local dates
        // of articles in different time zones disagree at a period's edge, so a period met again is looked up.
        var byPeriod = new Dictionary<(int Year, int Month), List<ArticleEntry>>();
        var current = (Year: 0, Month: 0);
        List<ArticleEntry>? articles = null;
        foreach (var article in term.Articles)
        {
            var date = article.LocalDate;
            var key = (date.Year, byMonth ? date.Month : 0);
            if (articles is null || key != current)
            {
                current = key;
                if (!byPeriod.TryGetValue(current, out articles)) byPeriod[current] = articles = [];
            }
            articles.Add(article);
        }
        var periods = new TermPeriod[byPeriod.Count];
        var i = 0;
        foreach (var ((year, month), list) in byPeriod)
            periods[i++] = byMonth
                ? new TermPeriod(year, month, Urls.TermMonth(term.Kind, term.Slug, year, month), list)
                : new TermPeriod(year, null, Urls.TermYear(term.Kind, term.Slug, year), list);
        Array.Sort(periods, (a, b) => a.Key.CompareTo(b.Key));
        return periods;
    }
}
