using Archive.Site;

namespace Archive.Search;

/// <summary>
/// Runs of consecutive document ids per local year (ids follow UTC time, so years can interleave at New Year), oldest
/// year first. Immutable: an update extends a copy by its new documents instead of going over the whole archive.
/// </summary>
internal sealed class YearRanges
{
    private readonly SortedDictionary<int, (int First, int Last)[]> byYear;

    private YearRanges(SortedDictionary<int, (int First, int Last)[]> byYear) => this.byYear = byYear;

    public IEnumerable<(int Year, IReadOnlyList<(int First, int Last)> Ranges)> Years =>
        byYear.Select(p => (p.Key, (IReadOnlyList<(int First, int Last)>)p.Value));

    /// <summary>Each year's document ids, ascending: a year's documents are chunked by their rank among these.</summary>
    public IEnumerable<(int Year, int[] Ids)> Documents() => byYear.Select(p => (p.Key, Ids(p.Value)));

    /// <summary>The year's document ids, ascending; none for a year without documents.</summary>
    public int[] Documents(int year) => byYear.TryGetValue(year, out var ranges) ? Ids(ranges) : [];

    private static int[] Ids((int First, int Last)[] ranges)
    {
        var ids = new int[ranges.Sum(r => r.Last - r.First + 1)];
        var at = 0;
        foreach (var (first, last) in ranges)
            for (var id = first; id <= last; id++) ids[at++] = id;
        return ids;
    }

    public static YearRanges Of(IReadOnlyList<ArticleEntry> documents) =>
        new YearRanges(new SortedDictionary<int, (int First, int Last)[]>()).Extend(documents, 0);

    /// <summary>These ranges without the ids from <paramref name="end"/> on.</summary>
    public YearRanges Truncate(int end)
    {
        var kept = new SortedDictionary<int, (int First, int Last)[]>();
        foreach (var (year, ranges) in byYear)
        {
            var cut = ranges.Where(r => r.First < end).Select(r => (r.First, Math.Min(r.Last, end - 1))).ToArray();
            if (cut.Length > 0) kept[year] = cut;
        }
        return new YearRanges(kept);
    }

    /// <summary>These ranges followed by documents <paramref name="from"/> on; the years they touch are copied.</summary>
    public YearRanges Extend(IReadOnlyList<ArticleEntry> documents, int from)
    {
        var extended = new SortedDictionary<int, (int First, int Last)[]>(byYear);
        var touched = new Dictionary<int, List<(int First, int Last)>>();
        for (var id = from; id < documents.Count; id++)
        {
            var year = documents[id].LocalDate.Year;
            if (!touched.TryGetValue(year, out var ranges))
                touched[year] = ranges = extended.TryGetValue(year, out var known) ? [.. known] : [];
            if (ranges.Count > 0 && ranges[^1].Last == id - 1) ranges[^1] = (ranges[^1].First, id);
            else ranges.Add((id, id));
        }
        foreach (var (year, ranges) in touched) extended[year] = [.. ranges];
        return new YearRanges(extended);
    }
}
