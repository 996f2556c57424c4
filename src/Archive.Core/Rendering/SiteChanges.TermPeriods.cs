using Archive.Site;

namespace Archive.Rendering;

public sealed partial class SiteChanges
{
    /// <summary>
    /// The periods of a changed term as the last render showed them, which tell which of its period pages are as before; null
    /// when the term is new or its heading changed (its name, kind or whether it has pages: then every page is rendered).
    /// </summary>
    public TermPeriodsBefore? TermPeriodsBefore(TermArchive term) =>
        previousTerms.TryGetValue(term.Url, out var before) && SameTermHeading(before, term)
            ? new TermPeriodsBefore(TermPeriods.Of(before, current.Config.PageSize), current.Config.PageSize)
            : null;
}

/// <summary>
/// A changed term's periods (months or years) as the last render showed them. Besides the term's heading (compared before),
/// a period page of a term shows the period's articles and links the term's periods before and after it; the link to the
/// archive's month or year follows from its URL. A term whose periods changed kind (months to years or back) has no page
/// as before: none of its period URLs is the same.
/// </summary>
public sealed class TermPeriodsBefore(IReadOnlyList<TermPeriod> before, int pageSize)
{
    /// <summary>Whether every page of the period at <paramref name="index"/> of <paramref name="now"/> is as before.</summary>
    public bool Unchanged(IReadOnlyList<TermPeriod> now, int index) =>
        Before(now, index) is { } period && EntryLists.Same(period.Articles, now[index].Articles);

    /// <summary>Of a changed period, which numbered pages are as before (see <see cref="SiteChanges.UnchangedPages"/>).</summary>
    public IReadOnlyList<bool> UnchangedPages(IReadOnlyList<TermPeriod> now, int index) =>
        Before(now, index) is { } period ? SiteChanges.UnchangedPages(period.Articles, now[index].Articles, pageSize) : [];

    /// <summary>The same period before, if the periods around it were the same too (a period that appears or goes changes
    /// the previous and next links of its neighbours).</summary>
    private TermPeriod? Before(IReadOnlyList<TermPeriod> now, int index)
    {
        if (before.Count == 0 || (before[0].Month is null) != (now[index].Month is null)) return null;
        var at = TermPeriods.IndexOf(before, now[index].Key);
        return at >= 0 && SamePeriod(before, at - 1, now, index - 1) && SamePeriod(before, at + 1, now, index + 1) ? before[at] : null;
    }

    private static bool SamePeriod(IReadOnlyList<TermPeriod> before, int at, IReadOnlyList<TermPeriod> now, int index)
    {
        var had = at >= 0 && at < before.Count;
        var has = index >= 0 && index < now.Count;
        return had == has && (!has || before[at].Key == now[index].Key);
    }
}
