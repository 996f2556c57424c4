using Archive.Site;

namespace Archive.Search;

public sealed partial class SearchIndex
{
    /// <summary>
    /// The index of <paramref name="site"/>, byte-for-byte the same files as <see cref="Build"/>, reusing
    /// <paramref name="previous"/> (the index of the site before) when the change edits articles in place (a new entry at
    /// the same id with the same URL) and/or appends articles newer than all of its own, with the same shard count;
    /// otherwise (an article removed or back-dated, the archive doubled...) a build, compared with <paramref name="previous"/>
    /// so that its files that cannot have changed are not produced (see <see cref="Rebuild"/>). The work of an update in place
    /// is proportional to the changed terms' postings; <paramref name="previous"/> is shared, never changed.
    /// </summary>
    public static SearchIndex Update(SearchIndex previous, SiteModel site) =>
        TryUpdate(previous, site) ?? TryShift(previous, site) ?? Rebuild(previous, site);

    private static SearchIndex? TryUpdate(SearchIndex previous, SiteModel site)
    {
        var before = previous.documents.Count;
        var count = site.Articles.Count;
        if (count < before || ShardBitsFor(count) != previous.ShardBits) return null;
        var documents = new ArticleEntry[count];
        for (var id = 0; id < count; id++) documents[id] = site.Articles[count - 1 - id];
        if (EditedDocuments(previous, documents) is not { } edited) return null;
        if (Changes(previous, documents, edited) is not { } changes) return null;

        var newIds = new Dictionary<ArticleEntry, int>(ReferenceEqualityComparer.Instance);
        for (var id = before; id < count; id++) newIds.Add(documents[id], id);
        var unchangedTopics = new HashSet<string>(StringComparer.Ordinal);
        if (previous.topics.Update(site, newIds, edited, unchangedTopics) is not { } topics) return null;

        var terms = changes.MaxTerm < previous.terms.Count ? previous.terms : previous.vocabulary.Snapshot();
        var postings = new TermPostings[terms.Count];
        Array.Copy(previous.postings, postings, previous.postings.Length);
        var shards = (int[][])previous.shards.Clone();
        var changedShards = new HashSet<int>();
        var arrivals = new Dictionary<int, List<int>>();
        var departures = new Dictionary<int, HashSet<int>>();
        foreach (var term in changes.Terms)
        {
            var old = term < previous.postings.Length ? previous.postings[term] : default;
            if (changes.Apply(term, old) is not { } updated) return null;
            postings[term] = updated;
            var shard = Shard(terms[term], previous.ShardBits);
            // A common term's shard holds only its count; its own file holds the postings.
            if (old.Count != updated.Count || updated.Count < OwnFileThreshold) changedShards.Add(shard);
            if (old.Count == 0 && updated.Count > 0) Add(arrivals, shard, term);
            if (old.Count > 0 && updated.Count == 0) Add(departures, shard, term);
        }
        foreach (var shard in arrivals.Keys.Union(departures.Keys))
        {
            var gone = departures.GetValueOrDefault(shard);
            shards[shard] = [.. shards[shard].Where(id => gone is null || !gone.Contains(id))
                .Concat(arrivals.GetValueOrDefault(shard) ?? []).OrderBy(id => terms[id], StringComparer.Ordinal)];
        }

        var years = previous.years.Extend(documents, before);
        var reuse = new Reuse
        {
            ChangedShards = changedShards,
            ChangedTerms = [.. changes.Terms],
            UnchangedTopics = unchangedTopics,
            UnchangedChunks = UnchangedChunks(previous, documents, years),
        };
        return new SearchIndex(site, documents, previous.vocabulary, terms, postings, shards, topics, years, previous.urls, reuse)
        {
            Origin = SearchIndexOrigin.Updated,
        };
    }

    /// <summary>
    /// The documents of the previous index that <paramref name="documents"/> replaces by a new entry with the same URL (an
    /// edit), by id; null when any other document differs, or an edit moves an article to another year.
    /// </summary>
    private static List<(int Id, ArticleEntry Before, ArticleEntry After)>? EditedDocuments(SearchIndex previous, ArticleEntry[] documents)
    {
        var edited = new List<(int, ArticleEntry, ArticleEntry)>();
        for (var id = 0; id < previous.documents.Count; id++)
        {
            var (before, after) = (previous.documents[id], documents[id]);
            if (ReferenceEquals(before, after)) continue;
            if (!string.Equals(before.Url, after.Url, StringComparison.Ordinal) || before.LocalDate.Year != after.LocalDate.Year) return null;
            edited.Add((id, before, after));
        }
        return edited;
    }

    /// <summary>The edited and new documents' postings changes; null when a document uses another vocabulary.</summary>
    private static PostingChanges? Changes(SearchIndex previous, ArticleEntry[] documents, List<(int Id, ArticleEntry Before, ArticleEntry After)> edited)
    {
        var changes = new PostingChanges();
        foreach (var (id, before, after) in edited)
        {
            if (!InVocabulary(previous, before) || !InVocabulary(previous, after)) return null;
            changes.Edit(id, before.SearchTerms is { } old ? old.Codes : default, after.SearchTerms is { } now ? now.Codes : default);
        }
        for (var id = previous.documents.Count; id < documents.Length; id++)
        {
            if (documents[id].SearchTerms is not { } list) continue;
            if (!InVocabulary(previous, documents[id])) return null;
            changes.Append(id, list.Codes);
        }
        return changes;
    }

    private static bool InVocabulary(SearchIndex index, ArticleEntry document) =>
        document.SearchTerms is not { } list || ReferenceEquals(list.Vocabulary, index.vocabulary);

    private static void Add<T>(Dictionary<int, T> byShard, int shard, int term) where T : ICollection<int>, new()
    {
        if (!byShard.TryGetValue(shard, out var terms)) byShard[shard] = terms = new T();
        terms.Add(term);
    }
}
