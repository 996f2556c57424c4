using Archive.Text;

namespace Archive.Site;

/// <summary>Builds the date, term and on-this-day indexes from articles sorted newest first.</summary>
internal static class ArchiveIndexes
{
    public static IReadOnlyList<YearArchive> ByDate(IReadOnlyList<ArticleEntry> newestFirst) =>
        newestFirst
            .GroupBy(a => a.LocalDate.Year)
            .OrderBy(g => g.Key)
            .Select(year => new YearArchive(year.Key, year
                .GroupBy(a => a.LocalDate.Month)
                .OrderBy(g => g.Key)
                .Select(month => new MonthArchive(year.Key, month.Key, month
                    .GroupBy(a => a.LocalDate)
                    .OrderBy(g => g.Key)
                    .Select(day => new DayArchive(day.Key, day.ToList()))
                    .ToList(), month.ToList()))
                .ToList()))
            .ToList();

    public static IReadOnlyList<OnThisDayArchive> OnThisDay(IReadOnlyList<ArticleEntry> newestFirst) =>
        newestFirst
            .GroupBy(a => (a.LocalDate.Month, a.LocalDate.Day))
            .OrderBy(g => g.Key.Month).ThenBy(g => g.Key.Day)
            .Select(g => new OnThisDayArchive(g.Key.Month, g.Key.Day, g.ToList()))
            .ToList();

    /// <summary>Terms of one kind, by name; names that share a slug get a numbered suffix, in name order.</summary>
    public static IReadOnlyList<TermArchive> ByTerm(TermKind kind, IReadOnlyList<ArticleEntry> newestFirst, int minCount)
    {
        var byName = new Dictionary<string, List<ArticleEntry>>(StringComparer.OrdinalIgnoreCase);
        var spelling = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var article in newestFirst)
        {
            foreach (var name in Names(kind, article))
            {
                if (!byName.TryGetValue(name, out var list)) byName[name] = list = [];
                if (list.Count == 0 || !ReferenceEquals(list[^1], article)) list.Add(article);
                if (!spelling.TryGetValue(name, out var kept) || string.CompareOrdinal(name, kept) < 0) spelling[name] = name;
            }
        }
        var usedSlugs = new HashSet<string>(StringComparer.Ordinal);
        return byName
            .OrderBy(pair => spelling[pair.Key], StringComparer.Ordinal)
            .Select(pair =>
            {
                var slug = Unique(Slugs.From(pair.Key, "term"), usedSlugs);
                return new TermArchive(kind, spelling[pair.Key], slug, pair.Value, pair.Value.Count >= minCount);
            })
            .OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
    }

    private static IEnumerable<string> Names(TermKind kind, ArticleEntry article) => kind switch
    {
        TermKind.Topic => article.Terms.Topics,
        TermKind.Country => article.Terms.Countries,
        TermKind.Place => article.Terms.Place is { } place ? [place] : [],
        TermKind.Source => article.Terms.Source is { } source ? [source] : [],
        _ => [],
    };

    private static string Unique(string slug, HashSet<string> used)
    {
        var candidate = slug;
        for (var n = 2; !used.Add(candidate); n++) candidate = $"{slug}-{n}";
        return candidate;
    }
}
