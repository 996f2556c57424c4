using Archive.Site;

namespace Archive.Rendering;

public sealed partial class SiteChanges
{
    /// <summary>
    /// The months of a changed term as the last render showed them, which tell which of its month pages are as before; null
    /// when the term is new or its heading changed (its name, kind or whether it has pages: then every page is rendered).
    /// </summary>
    public TermMonthsBefore? TermMonthsBefore(TermArchive term) =>
        previousTerms.TryGetValue(term.Url, out var before) && SameTermHeading(before, term)
            ? new TermMonthsBefore(TermMonths.Of(before), current.Config.PageSize)
            : null;
}

/// <summary>
/// A changed term's months as the last render showed them. Besides the term's heading (compared before), a month page of a
/// term shows the month's articles and links the term's months before and after it; the link to the archive's month
/// follows from its URL.
/// </summary>
public sealed class TermMonthsBefore(IReadOnlyList<TermMonth> before, int pageSize)
{
    /// <summary>Whether every page of the month at <paramref name="index"/> of <paramref name="now"/> is as before.</summary>
    public bool Unchanged(IReadOnlyList<TermMonth> now, int index) =>
        Before(now, index) is { } month && SiteChanges.SameEntries(month.Articles, now[index].Articles);

    /// <summary>Of a changed month, which numbered pages are as before (see <see cref="SiteChanges.UnchangedPages"/>).</summary>
    public IReadOnlyList<bool> UnchangedPages(IReadOnlyList<TermMonth> now, int index) =>
        Before(now, index) is { } month ? SiteChanges.UnchangedPages(month.Articles, now[index].Articles, pageSize) : [];

    /// <summary>The same month before, if the months around it were the same too (a month that appears or goes changes the
    /// previous and next links of its neighbours).</summary>
    private TermMonth? Before(IReadOnlyList<TermMonth> now, int index)
    {
        var at = TermMonths.IndexOf(before, now[index].Year, now[index].Month);
        return at >= 0 && SameMonth(before, at - 1, now, index - 1) && SameMonth(before, at + 1, now, index + 1) ? before[at] : null;
    }

    private static bool SameMonth(IReadOnlyList<TermMonth> before, int at, IReadOnlyList<TermMonth> now, int index)
    {
        var had = at >= 0 && at < before.Count;
        var has = index >= 0 && index < now.Count;
        return had == has && (!has || (before[at].Year == now[index].Year && before[at].Month == now[index].Month));
    }
}
