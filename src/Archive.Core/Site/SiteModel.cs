using Archive.Model;
using Archive.Taxonomy;

namespace Archive.Site;

/// <summary>The whole site as data: articles sorted newest first, grouped by date and term, with their URLs.</summary>
public sealed class SiteModel
{
    public required SiteConfig Config { get; init; }
    /// <summary>Newest first; ties broken by URL so the order never depends on file enumeration.</summary>
    public required IReadOnlyList<ArticleEntry> Articles { get; init; }
    /// <summary>Oldest year first.</summary>
    public required IReadOnlyList<YearArchive> Years { get; init; }
    public required IReadOnlyDictionary<TermKind, IReadOnlyList<TermArchive>> Terms { get; init; }
    public required IReadOnlyList<OnThisDayArchive> OnThisDay { get; init; }
    /// <summary>For each article (by index in <see cref="Articles"/>), the indexes of its related articles.</summary>
    public required IReadOnlyList<IReadOnlyList<int>> Related { get; init; }

    private Dictionary<string, int>? indexByUrl;

    /// <summary>
    /// The <see cref="Articles"/> of the model this one was updated from and, for each position of this one's, the index of
    /// the same entry there or -1 (see <see cref="ArticleOrder.From"/>); null when sorted afresh. Not that model itself: a
    /// session keeps one model, not a chain of them.
    /// </summary>
    internal (IReadOnlyList<ArticleEntry> Articles, int[] Before)? OrderedFrom { get; private init; }

    /// <summary>Where the entry at <paramref name="index"/> was in <paramref name="previous"/>, when this model's order was
    /// made from it: exact, without a look-up. False when it was not made from it.</summary>
    internal bool TryPreviousIndex(SiteModel previous, int index, out int before)
    {
        before = -1;
        if (OrderedFrom is not ({ } articles, { } indexes) || !ReferenceEquals(articles, previous.Articles)) return false;
        before = indexes[index];
        return true;
    }

    /// <summary>Where an entry of this model is in <see cref="Articles"/>: at its slot if this is the model it was last sorted
    /// into, else found by its URL. Thread-safe.</summary>
    internal int IndexOf(ArticleEntry entry)
    {
        if (EntryLists.SlotIn(EntryLists.AsSpan(Articles), entry) is >= 0 and var slot) return slot;
        return TryIndexOf(entry.Url, out var index) ? index : throw new InvalidOperationException($"{entry.Url} is not in the site");
    }

    /// <summary>Where the article with this URL is in <see cref="Articles"/>. Thread-safe.</summary>
    public bool TryIndexOf(string url, out int index)
    {
        var byUrl = LazyInitializer.EnsureInitialized(ref indexByUrl, () =>
        {
            var map = new Dictionary<string, int>(Articles.Count, StringComparer.Ordinal);
            for (var i = 0; i < Articles.Count; i++) map[Articles[i].Url] = i;
            return map;
        });
        return byUrl.TryGetValue(url, out index);
    }

    /// <summary>The next older article, or null for the oldest.</summary>
    public ArticleEntry? Older(int index) => index + 1 < Articles.Count ? Articles[index + 1] : null;

    /// <summary>The next newer article, or null for the newest.</summary>
    public ArticleEntry? Newer(int index) => index > 0 ? Articles[index - 1] : null;

    public TermArchive? FindTerm(TermKind kind, string name)
    {
        // A look-up for every term link of every page: a dictionary per kind, the first of equal names winning as before.
        termsByName ??= Terms.ToDictionary(p => p.Key, p =>
        {
            var byName = new Dictionary<string, TermArchive>(StringComparer.OrdinalIgnoreCase);
            foreach (var term in p.Value) byName.TryAdd(term.Name, term);
            return byName;
        });
        return termsByName.TryGetValue(kind, out var named) ? named.GetValueOrDefault(name) : null;
    }

    private Dictionary<TermKind, Dictionary<string, TermArchive>>? termsByName;

    /// <summary>The related-article computation behind <see cref="Related"/>, for the next build of a session to update.</summary>
    internal RelatedArticles? RelatedState { get; init; }

    private UrlCensus? urlCensus;

    // The related-article inputs of Articles, position for position, for the next build of a session to hand on.
    private RelatedInput[]? relatedInputs;

    /// <summary>The URLs of the entries as read, for the next build of a session to take and update.</summary>
    internal UrlCensus? UrlCensus { init => urlCensus = value; }

    /// <summary>The census for the next build, once: a model built from this one twice makes its own the second time.</summary>
    internal UrlCensus? TakeUrlCensus() => Interlocked.Exchange(ref urlCensus, null);

    // Made once per terms object: a session's unchanged articles then hand the related-article update the very same lists.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ArticleTerms, IReadOnlyList<string>> TermKeysOf = new();

    /// <summary>The keys that relate articles: every term they are filed under, by kind.</summary>
    private static IReadOnlyList<string> TermKeys(ArticleTerms terms) => TermKeysOf.GetValue(terms, MakeTermKeys);

    private static IReadOnlyList<string> MakeTermKeys(ArticleTerms terms)
    {
        var keys = new List<string>(terms.Topics.Count + terms.Countries.Count + 2);
        keys.AddRange(terms.Topics.Select(t => "topic:" + t));
        keys.AddRange(terms.Countries.Select(c => "country:" + c));
        if (terms.Place is { } place) keys.Add("place:" + place);
        if (terms.Source is { } source) keys.Add("source:" + source);
        return keys;
    }

    /// <summary>
    /// Sorts, resolves URL collisions, and groups articles. Pure but for what it keeps for the next build: each entry's slot
    /// in the order (a checked hint), and the URL census, which it takes from <paramref name="previous"/>.
    /// </summary>
    /// <param name="previous">The model of the last build of this session, if any: the order, indexes and related articles are
    /// updated from it (with the same result as computing them afresh) instead of computed for every article.</param>
    public static SiteModel Build(SiteConfig config, IEnumerable<ArticleEntry> entries, DiagnosticBag diagnostics, PhaseTimer? phases = null,
        SiteModel? previous = null) => Build(config, entries, diagnostics, phases, previous, savedRelated: null);

    /// <param name="savedRelated">The <see cref="Related"/> lists of a model built from the same entries (without
    /// <paramref name="previous"/>), kept in a cache: taken instead of computed if they fit; computed otherwise.</param>
    internal static SiteModel Build(SiteConfig config, IEnumerable<ArticleEntry> entries, DiagnosticBag diagnostics, PhaseTimer? phases,
        SiteModel? previous, IReadOnlyList<int[]>? savedRelated)
    {
        var (unique, census) = UrlCollisions.Resolve(entries, diagnostics, previous);
        var ordered = previous is null ? null : ArticleOrder.From(previous.Articles, unique);
        var sorted = ordered?.Sorted ?? ArticleOrder.Sorted(unique.ToArray());
        ArticleOrder.Remember(sorted);
        phases?.End("site model: URLs and sort");
        var kinds = Enum.GetValues<TermKind>();
        var byKind = new IReadOnlyList<TermArchive>[kinds.Length];
        IReadOnlyList<YearArchive> years = [];
        IReadOnlyList<OnThisDayArchive> onThisDay = [];
        if (previous is not null && ordered is { Changes: var changes } && previous.Config.MinTermCount == config.MinTermCount)
        {
            // Only the lists a change touched are made again; the others are the previous model's.
            years = ArchiveIndexPatch.ByDate(previous.Years, changes);
            onThisDay = ArchiveIndexPatch.OnThisDay(previous.OnThisDay, changes);
            for (var i = 0; i < kinds.Length; i++)
                byKind[i] = ArchiveIndexPatch.ByTerm(kinds[i], previous.Terms[kinds[i]], changes, config.MinTermCount);
        }
        else
        {
            // Independent passes over the sorted articles, one per index, on as many cores as there are.
            Parallel.Invoke(
                [
                    () => years = ArchiveIndexes.ByDate(sorted),
                    () => onThisDay = ArchiveIndexes.OnThisDay(sorted),
                    .. kinds.Select((kind, i) => (Action)(() => byKind[i] = ArchiveIndexes.ByTerm(kind, sorted, config.MinTermCount))),
                ]);
        }
        var terms = kinds.Select((kind, i) => (kind, i)).ToDictionary(p => p.kind, p => byKind[p.i]);
        phases?.End("site model: indexes");
        var inputs = RelatedInputs(sorted, ordered?.Before, previous?.relatedInputs);
        var related = previous?.RelatedState is { } state ? state.Update(inputs)
            : savedRelated is not null && RelatedArticles.Restore(inputs, savedRelated) is { } restored ? restored
            : RelatedArticles.Compute(inputs);
        phases?.End("site model: related articles");
        return new SiteModel
        {
            Config = config,
            Articles = sorted,
            Years = years,
            Terms = terms,
            OnThisDay = onThisDay,
            Related = related.Lists,
            RelatedState = related,
            UrlCensus = census,
            relatedInputs = inputs,
            OrderedFrom = previous is not null && ordered is { Before: var before } ? (previous.Articles, before) : null,
        };
    }

    /// <summary>What related-article scoring sees of each article: an entry kept from the previous model (the same object,
    /// so the same URL, time and terms) hands on the very input it had there, without a look-up of its term keys.</summary>
    private static RelatedInput[] RelatedInputs(ArticleEntry[] sorted, int[]? before, RelatedInput[]? previous)
    {
        var inputs = new RelatedInput[sorted.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            var at = before is null ? -1 : before[i];
            inputs[i] = previous is not null && at >= 0 && at < previous.Length
                ? previous[at]
                : new RelatedInput(sorted[i].Url, sorted[i].Published, TermKeys(sorted[i].Terms));
        }
        return inputs;
    }
}
