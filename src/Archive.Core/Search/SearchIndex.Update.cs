using System.Runtime.InteropServices;
using Archive.Site;

namespace Archive.Search;

public sealed partial class SearchIndex
{
    /// <summary>Which files of an updated index are byte-identical to the previous index's files at the same URLs.</summary>
    private sealed class Reuse
    {
        public required int PreviousDocumentCount { get; init; }
        public required HashSet<int> ChangedShards { get; init; }
        public required HashSet<int> ChangedTerms { get; init; }
        public required HashSet<string> UnchangedTopics { get; init; }
    }

    /// <summary>
    /// The index of <paramref name="site"/>, byte-for-byte the same files as <see cref="Build"/>, reusing
    /// <paramref name="previous"/> (the index of the site before) when the change only appends articles newer than all of
    /// its own, with the same shard count; otherwise (an article removed, changed or back-dated, the archive doubled...) a
    /// build. The work is proportional to the new articles' terms; <paramref name="previous"/> is shared, never changed.
    /// </summary>
    public static SearchIndex Update(SearchIndex previous, SiteModel site) => TryAppend(previous, site) ?? Build(site);

    private static SearchIndex? TryAppend(SearchIndex previous, SiteModel site)
    {
        var before = previous.documents.Count;
        var count = site.Articles.Count;
        if (count < before || ShardBitsFor(count) != previous.ShardBits) return null;
        var documents = new ArticleEntry[count];
        for (var id = 0; id < count; id++) documents[id] = site.Articles[count - 1 - id];
        // The same entry objects (records are immutable) in the same places: the old documents and their postings stand.
        for (var id = 0; id < before; id++)
            if (!ReferenceEquals(documents[id], previous.documents[id])) return null;

        if (AppendedPostings(previous, documents) is not { } appended) return null;
        var newIds = new Dictionary<ArticleEntry, int>(ReferenceEqualityComparer.Instance);
        for (var id = before; id < count; id++) newIds.Add(documents[id], id);
        var unchangedTopics = new HashSet<string>(StringComparer.Ordinal);
        if (previous.topics.Extend(site, newIds, unchangedTopics) is not { } topics) return null;

        var maxTerm = appended.Count == 0 ? -1 : appended.Keys.Max();
        var terms = maxTerm < previous.terms.Count ? previous.terms : previous.vocabulary.Snapshot();
        var postings = new TermPostings[terms.Count];
        Array.Copy(previous.postings, postings, previous.postings.Length);
        var shards = (int[][])previous.shards.Clone();
        var changedShards = new HashSet<int>();
        var newTermsByShard = new Dictionary<int, List<int>>();
        foreach (var (term, added) in appended)
        {
            var old = term < previous.postings.Length ? previous.postings[term] : default;
            postings[term] = old.Append(CollectionsMarshal.AsSpan(added));
            var shard = Shard(terms[term], previous.ShardBits);
            changedShards.Add(shard);
            if (old.Count > 0) continue;
            if (!newTermsByShard.TryGetValue(shard, out var list)) newTermsByShard[shard] = list = [];
            list.Add(term);
        }
        foreach (var (shard, added) in newTermsByShard)
            shards[shard] = [.. shards[shard].Concat(added).OrderBy(id => terms[id], StringComparer.Ordinal)];

        var reuse = new Reuse
        {
            PreviousDocumentCount = before,
            ChangedShards = changedShards,
            ChangedTerms = [.. appended.Keys],
            UnchangedTopics = unchangedTopics,
        };
        return new SearchIndex(site, documents, previous.vocabulary, terms, postings, shards, topics,
            previous.years.Extend(documents, before), previous.urls, reuse);
    }

    /// <summary>The new documents' postings by term id, in id order; null when a document uses another vocabulary.</summary>
    private static Dictionary<int, List<int>>? AppendedPostings(SearchIndex previous, ArticleEntry[] documents)
    {
        var appended = new Dictionary<int, List<int>>();
        for (var id = previous.documents.Count; id < documents.Length; id++)
        {
            if (documents[id].SearchTerms is not { } list) continue;
            if (!ReferenceEquals(list.Vocabulary, previous.vocabulary)) return null;
            foreach (var code in list.Codes)
            {
                var term = SearchTerms.TermId(code);
                if (!appended.TryGetValue(term, out var added)) appended[term] = added = [];
                added.Add(id << 2 | (code & 3));
            }
        }
        return appended;
    }
}
