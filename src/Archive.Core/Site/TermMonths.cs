using System.Runtime.CompilerServices;

namespace Archive.Site;

/// <summary>A term's articles of one month (of their local dates, as the archive's month pages count them), newest first.</summary>
public sealed record TermMonth(int Year, int Month, string Url, IReadOnlyList<ArticleEntry> Articles);

/// <summary>
/// A term's articles grouped by month, oldest month first: made once per term object, so a session's unchanged term (the
/// very object of the last model) hands its pages the months the last render grouped.
/// </summary>
public static class TermMonths
{
    private static readonly ConditionalWeakTable<TermArchive, IReadOnlyList<TermMonth>> Grouped = new();

    public static IReadOnlyList<TermMonth> Of(TermArchive term) => Grouped.GetValue(term, Group);

    /// <summary>The index of the month with this year and month in <paramref name="months"/> (oldest first), or -1.</summary>
    public static int IndexOf(IReadOnlyList<TermMonth> months, int year, int month)
    {
        int low = 0, high = months.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var order = (months[middle].Year, months[middle].Month).CompareTo((year, month));
            if (order == 0) return middle;
            if (order < 0) low = middle + 1;
            else high = middle - 1;
        }
        return -1;
    }

    private static IReadOnlyList<TermMonth> Group(TermArchive term)
    {
        // One pass over the newest-first list. A month's articles are contiguous but where the instants and the local dates
        // of articles in different time zones disagree at a month's edge, so a month met again is looked up.
        var byMonth = new Dictionary<(int Year, int Month), List<ArticleEntry>>();
        var current = (Year: 0, Month: 0);
        List<ArticleEntry>? articles = null;
        foreach (var article in term.Articles)
        {
            var date = article.LocalDate;
            if (articles is null || date.Year != current.Year || date.Month != current.Month)
            {
                current = (date.Year, date.Month);
                if (!byMonth.TryGetValue(current, out articles)) byMonth[current] = articles = [];
            }
            articles.Add(article);
        }
        var months = new TermMonth[byMonth.Count];
        var i = 0;
        foreach (var ((year, month), list) in byMonth) months[i++] = new TermMonth(year, month, Urls.TermMonth(term.Kind, term.Slug, year, month), list);
        Array.Sort(months, (a, b) => (a.Year, a.Month).CompareTo((b.Year, b.Month)));
        return months;
    }
}
