using Archive.Text;

namespace Archive.Site;

/// <summary>
/// A session's date, term and on-this-day indexes patched from the previous model's: a list no change touched is the
/// previous list object; a touched one is the previous list with the changes merged in. Equal to <see cref="ArchiveIndexes"/>
/// on the whole sorted list, at a cost in proportion to the lists touched.
/// </summary>
internal static class ArchiveIndexPatch
{
    public static IReadOnlyList<YearArchive> ByDate(IReadOnlyList<YearArchive> before, EntryChanges changes)
    {
        var touchedDays = changes.All.Select(e => e.LocalDate).ToHashSet();
        if (touchedDays.Count == 0) return before;
        var addedByDay = AddedBy(changes, e => e.LocalDate);
        var addedByMonth = AddedBy(changes, e => (e.LocalDate.Year, e.LocalDate.Month));
        var monthsBefore = before.SelectMany(y => y.Months).ToDictionary(m => (m.Year, m.Month));
        var touchedMonths = touchedDays.GroupBy(d => (d.Year, d.Month)).ToDictionary(g => g.Key, g => g.ToList());
        var months = new List<MonthArchive>();
        foreach (var key in monthsBefore.Keys.Union(touchedMonths.Keys).Order())
        {
            var month = touchedMonths.TryGetValue(key, out var days)
                ? Month(key, monthsBefore.GetValueOrDefault(key), days, changes, addedByDay, addedByMonth.GetValueOrDefault(key) ?? [])
                : monthsBefore[key];
            if (month is not null) months.Add(month);
        }
        var yearsBefore = before.ToDictionary(y => y.Year);
        return months.GroupBy(m => m.Year)
            .Select(year => yearsBefore.TryGetValue(year.Key, out var kept) && kept.Months.SequenceEqual(year, ReferenceEqualityComparer.Instance)
                ? kept
                : new YearArchive(year.Key, year.ToList()))
            .ToList();
    }

    /// <summary>A touched month with its touched days merged again; null when it has no articles left.</summary>
    private static MonthArchive? Month((int Year, int Month) key, MonthArchive? before, List<DateOnly> touchedDays, EntryChanges changes,
        Dictionary<DateOnly, List<ArticleEntry>> addedByDay, List<ArticleEntry> added)
    {
        var days = Merged(before?.Days.ToDictionary(d => d.Date) ?? [], touchedDays, changes, d => d.Articles,
            date => addedByDay.GetValueOrDefault(date) ?? [], (date, articles) => new DayArchive(date, articles));
        return days.Count == 0 ? null : new MonthArchive(key.Year, key.Month, days, ArticleOrder.Merge(before?.Articles ?? [], changes, added));
    }

    public static IReadOnlyList<OnThisDayArchive> OnThisDay(IReadOnlyList<OnThisDayArchive> before, EntryChanges changes)
    {
        var touched = changes.All.Select(e => (e.LocalDate.Month, e.LocalDate.Day)).ToHashSet();
        if (touched.Count == 0) return before;
        var added = AddedBy(changes, e => (e.LocalDate.Month, e.LocalDate.Day));
        return Merged(before.ToDictionary(d => (d.Month, d.Day)), touched, changes, d => d.Articles,
            key => added.GetValueOrDefault(key) ?? [], (key, articles) => new OnThisDayArchive(key.Month, key.Day, articles));
    }

    /// <summary>
    /// Groups of articles in key order: those no change touched as they were, the touched ones with the changes merged in
    /// (and dropped when left empty).
    /// </summary>
    private static List<TGroup> Merged<TKey, TGroup>(Dictionary<TKey, TGroup> before, ICollection<TKey> touched, EntryChanges changes,
        Func<TGroup, IReadOnlyList<ArticleEntry>> articlesOf, Func<TKey, IReadOnlyList<ArticleEntry>> addedTo,
        Func<TKey, List<ArticleEntry>, TGroup> make) where TKey : notnull
    {
        var groups = new List<TGroup>();
        foreach (var key in before.Keys.Union(touched).Order())
        {
            if (!touched.Contains(key))
            {
                groups.Add(before[key]);
                continue;
            }
            var articles = ArticleOrder.Merge(before.TryGetValue(key, out var old) ? articlesOf(old) : [], changes, addedTo(key));
            if (articles.Count > 0) groups.Add(make(key, articles));
        }
        return groups;
    }

    /// <summary>Terms of one kind: touched terms merged again, and every slug assigned again (a new or renamed term can move
    /// another's numbered suffix), so that slugs, spellings and order are those of a fresh build.</summary>
    public static IReadOnlyList<TermArchive> ByTerm(TermKind kind, IReadOnlyList<TermArchive> before, EntryChanges changes, int minCount)
    {
        var touched = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in changes.All) touched.UnionWith(ArchiveIndexes.NamesOf(kind, entry));
        if (touched.Count == 0) return before;
        var addedByName = new Dictionary<string, List<ArticleEntry>>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in changes.Added)
        {
            foreach (var name in ArchiveIndexes.NamesOf(kind, entry))
            {
                if (!addedByName.TryGetValue(name, out var list)) addedByName[name] = list = [];
                if (list.Count == 0 || !ReferenceEquals(list[^1], entry)) list.Add(entry);
            }
        }
        var terms = new List<(string Spelling, IReadOnlyList<ArticleEntry> Articles, TermArchive? Before)>(before.Count + addedByName.Count);
        foreach (var term in before)
        {
            if (!touched.Contains(term.Name))
            {
                terms.Add((term.Name, term.Articles, term));
                continue;
            }
            var articles = ArticleOrder.Merge(term.Articles, changes, addedByName.GetValueOrDefault(term.Name) ?? []);
            addedByName.Remove(term.Name);
            if (articles.Count > 0) terms.Add((SpellingAfter(kind, term.Name, changes) ?? SpellingAfterRemoval(kind, term.Name, articles, changes), articles, null));
        }
        foreach (var (name, articles) in addedByName) terms.Add((SpellingOf(kind, name, articles), articles, null));
        var usedSlugs = new HashSet<string>(StringComparer.Ordinal);
        return terms
            .OrderBy(term => term.Spelling, StringComparer.Ordinal)
            .Select(term =>
            {
                var slug = ArchiveIndexes.Unique(Slugs.From(term.Spelling, "term"), usedSlugs);
                var hasPage = term.Articles.Count >= minCount;
                return term.Before is { } kept && kept.Slug == slug && kept.HasPage == hasPage
                    ? kept
                    : new TermArchive(kind, term.Spelling, slug, term.Articles, hasPage);
            })
            .OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>A kept term's spelling after the changes, when no removed entry had it (else null): the first of it and the
    /// spellings the added entries give it.</summary>
    private static string? SpellingAfter(TermKind kind, string spelling, EntryChanges changes)
    {
        foreach (var entry in changes.Removed)
            if (ArchiveIndexes.NamesOf(kind, entry).Contains(spelling, StringComparer.Ordinal)) return null;
        return FirstWithAdded(kind, spelling, changes);
    }

    /// <summary>
    /// A kept term's spelling when a removed entry had it: the same <see cref="SpellingOf"/> gives, without a walk over every
    /// article of the term when one of them still has the spelling, as most do: no kept article can spell it lower (it was
    /// the first of them all), so only the added ones can.
    /// </summary>
    private static string SpellingAfterRemoval(TermKind kind, string spelling, IReadOnlyList<ArticleEntry> articles, EntryChanges changes)
    {
        var kept = articles.Any(article => ArchiveIndexes.NamesOf(kind, article).Contains(spelling, StringComparer.Ordinal));
        return kept ? FirstWithAdded(kind, spelling, changes) : SpellingOf(kind, spelling, articles);
    }

    /// <summary>The ordinally first of <paramref name="spelling"/> and the spellings of it (differing only in case) that the added entries give.</summary>
    private static string FirstWithAdded(TermKind kind, string spelling, EntryChanges changes)
    {
        foreach (var entry in changes.Added)
            foreach (var other in ArchiveIndexes.NamesOf(kind, entry))
                if (string.CompareOrdinal(other, spelling) < 0 && string.Equals(other, spelling, StringComparison.OrdinalIgnoreCase)) spelling = other;
        return spelling;
    }

    /// <summary>The ordinally first of the spellings, differing only in case, that the term's articles give it.</summary>
    private static string SpellingOf(TermKind kind, string name, IReadOnlyList<ArticleEntry> articles)
    {
        string? spelling = null;
        foreach (var article in articles)
            foreach (var other in ArchiveIndexes.NamesOf(kind, article))
                if ((spelling is null || string.CompareOrdinal(other, spelling) < 0) && string.Equals(other, name, StringComparison.OrdinalIgnoreCase))
                    spelling = other;
        return spelling ?? name;
    }

    /// <summary>The added entries by key, each list newest first.</summary>
    private static Dictionary<TKey, List<ArticleEntry>> AddedBy<TKey>(EntryChanges changes, Func<ArticleEntry, TKey> keyOf) where TKey : notnull
    {
        var byKey = new Dictionary<TKey, List<ArticleEntry>>();
        foreach (var entry in changes.Added)
        {
            var key = keyOf(entry);
            if (!byKey.TryGetValue(key, out var list)) byKey[key] = list = [];
            list.Add(entry);
        }
        return byKey;
    }
}
