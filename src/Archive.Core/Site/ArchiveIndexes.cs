using Archive.Text;

namespace Archive.Site;

/// <summary>Builds the date, term and on-this-day indexes from articles sorted newest first.</summary>
internal static class ArchiveIndexes
{
    // Plain loops over the sorted articles: at 100,000 articles the LINQ groupings of these indexes cost a serve rebuild
    // most of its time. Each list keeps the input's order (newest first); groups come out oldest first.
    public static IReadOnlyList<YearArchive> ByDate(IReadOnlyList<ArticleEntry> newestFirst)
    {
        var days = new Dictionary<DateOnly, List<ArticleEntry>>();
        var months = new Dictionary<(int Year, int Month), List<ArticleEntry>>();
        foreach (var article in newestFirst)
        {
            var date = article.LocalDate;
            if (!days.TryGetValue(date, out var day)) days[date] = day = [];
            day.Add(article);
            if (!months.TryGetValue((date.Year, date.Month), out var month)) months[(date.Year, date.Month)] = month = [];
            month.Add(article);
        }
        var daysOfMonth = days.Keys.Order().GroupBy(d => (d.Year, d.Month)).ToDictionary(g => g.Key, g => g.ToList());
        return months.Keys.Order().GroupBy(m => m.Year)
            .Select(year => new YearArchive(year.Key, year
                .Select(m => new MonthArchive(m.Year, m.Month, daysOfMonth[m].Select(d => new DayArchive(d, days[d])).ToList(), months[m]))
                .ToList()))
            .ToList();
    }

    public static IReadOnlyList<OnThisDayArchive> OnThisDay(IReadOnlyList<ArticleEntry> newestFirst)
    {
        var byDay = new Dictionary<(int Month, int Day), List<ArticleEntry>>();
        foreach (var article in newestFirst)
        {
            var date = article.LocalDate;
            if (!byDay.TryGetValue((date.Month, date.Day), out var list)) byDay[(date.Month, date.Day)] = list = [];
            list.Add(article);
        }
        return byDay.Keys.Order().Select(k => new OnThisDayArchive(k.Month, k.Day, byDay[k])).ToList();
    }

    /// <summary>Terms of one kind, by name; names that share a slug get a numbered suffix, in name order.</summary>
    public static IReadOnlyList<TermArchive> ByTerm(TermKind kind, IReadOnlyList<ArticleEntry> newestFirst, int minCount)
    {
        var byName = new Dictionary<string, Gathered>(StringComparer.OrdinalIgnoreCase);
        foreach (var article in newestFirst)
        {
            switch (kind)
            {
                case TermKind.Topic:
                    foreach (var name in article.Terms.Topics) Gather(byName, name, article);
                    break;
                case TermKind.Country:
                    foreach (var name in article.Terms.Countries) Gather(byName, name, article);
                    break;
                case TermKind.Place when article.Terms.Place is { } place:
                    Gather(byName, place, article);
                    break;
                case TermKind.Source when article.Terms.Source is { } source:
                    Gather(byName, source, article);
                    break;
            }
        }
        var usedSlugs = new HashSet<string>(StringComparer.Ordinal);
        return byName.Values
            .OrderBy(term => term.Spelling, StringComparer.Ordinal)
            .Select(term =>
            {
                var slug = Unique(Slugs.From(term.Spelling, "term"), usedSlugs);
                return new TermArchive(kind, term.Spelling, slug, term.Articles, term.Articles.Count >= minCount);
            })
            .OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The names an article is filed under in one kind of term.</summary>
    internal static IReadOnlyList<string> NamesOf(TermKind kind, ArticleEntry article) => kind switch
    {
        TermKind.Topic => article.Terms.Topics,
        TermKind.Country => article.Terms.Countries,
        TermKind.Place when article.Terms.Place is { } place => [place],
        TermKind.Source when article.Terms.Source is { } source => [source],
        _ => [],
    };

    /// <summary>A term's articles so far, and its spelling: the ordinally first of the spellings that differ only in case.</summary>
    private sealed class Gathered(string spelling)
    {
        public string Spelling { get; set; } = spelling;
        public List<ArticleEntry> Articles { get; } = [];
    }

    private static void Gather(Dictionary<string, Gathered> byName, string name, ArticleEntry article)
    {
        if (!byName.TryGetValue(name, out var term)) byName[name] = term = new Gathered(name);
        else if (string.CompareOrdinal(name, term.Spelling) < 0) term.Spelling = name;
        if (term.Articles.Count == 0 || !ReferenceEquals(term.Articles[^1], article)) term.Articles.Add(article);
    }

    internal static string Unique(string slug, HashSet<string> used)
    {
        var candidate = slug;
        for (var n = 2; !used.Add(candidate); n++) candidate = $"{slug}-{n}";
        return candidate;
    }
}
