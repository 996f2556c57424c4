using Archive.Site;

namespace Archive.Search;

public sealed partial class SearchIndex
{
    /// <summary>Which files of an updated index are byte-identical to the previous index's files at the same URLs.</summary>
    /// <remarks>Only sets, never the previous index: a serve session's chain of indexes must not stay alive.</remarks>
    private sealed class Reuse
    {
        public required HashSet<int> ChangedShards { get; init; }
        public required HashSet<int> ChangedTerms { get; init; }
        public required HashSet<string> UnchangedTopics { get; init; }
        public required HashSet<(int Year, int Chunk)> UnchangedChunks { get; init; }
    }

    /// <summary>
    /// A build of <paramref name="site"/> (ids shifted: an article removed or inserted in the past), whose files are
    /// compared with <paramref name="previous"/>'s by what they are made of, not by their bytes: postings arrays, term
    /// lists and document entries, far cheaper than encoding them. Only the files found different are produced.
    /// </summary>
    private static SearchIndex Rebuild(SearchIndex previous, SiteModel site)
    {
        var built = Build(site, previous.urls);
        // Term ids are the vocabulary's: another vocabulary (never in one process) numbers terms otherwise.
        var sameTerms = ReferenceEquals(previous.vocabulary, built.vocabulary);
        // Four independent comparisons, two on another thread.
        var elsewhere = Task.Run(() => (Shards: ChangedShards(previous, built, sameTerms), Topics: UnchangedTopics(previous, built)));
        var changedTerms = ChangedTerms(previous, built, sameTerms);
        var unchangedChunks = UnchangedChunks(previous, built.documents, built.years);
        var (changedShards, unchangedTopics) = elsewhere.GetAwaiter().GetResult();
        var reuse = new Reuse
        {
            ChangedShards = changedShards,
            ChangedTerms = changedTerms,
            UnchangedTopics = unchangedTopics,
            UnchangedChunks = unchangedChunks,
        };
        return new SearchIndex(site, built.documents, built.vocabulary, built.terms, built.postings, built.shards, built.topics,
            built.years, built.urls, reuse)
        {
            Origin = SearchIndexOrigin.Rebuilt,
        };
    }

    /// <summary>The shards whose file differs from the previous index's file of the same name (when the shard count changed,
    /// a shard of the same number has the same name if its hex has as many digits, and may hold the same terms).</summary>
    private static HashSet<int> ChangedShards(SearchIndex previous, SearchIndex built, bool sameTerms)
    {
        var sameNames = (previous.ShardBits + 3) / 4 == (built.ShardBits + 3) / 4;
        var changed = new HashSet<int>();
        for (var shard = 0; shard < built.shards.Length; shard++)
        {
            var comparable = sameTerms && sameNames && shard < previous.shards.Length;
            if (!comparable || !SameShard(previous, built, shard)) changed.Add(shard);
        }
        return changed;
    }

    /// <summary>The same terms, each with the same value: its postings, or its count when it has a file of its own.</summary>
    private static bool SameShard(SearchIndex previous, SearchIndex built, int shard)
    {
        var members = built.shards[shard];
        if (!members.AsSpan().SequenceEqual(previous.shards[shard])) return false;
        foreach (var term in members)
        {
            var (before, after) = (previous.postings[term], built.postings[term]);
            var same = before.Count >= OwnFileThreshold || after.Count >= OwnFileThreshold
                ? before.Count == after.Count
                : SamePostings(before.Span, after.Span);
            if (!same) return false;
        }
        return true;
    }

    /// <summary>The common terms whose own file is new or holds other postings (the encoding is a function of them).</summary>
    private static HashSet<int> ChangedTerms(SearchIndex previous, SearchIndex built, bool sameTerms)
    {
        var changed = new HashSet<int>();
        for (var term = 0; term < built.postings.Length; term++)
        {
            var after = built.postings[term];
            if (after.Count < OwnFileThreshold) continue;
            var before = sameTerms && term < previous.postings.Length ? previous.postings[term] : default;
            if (before.Count < OwnFileThreshold || !SamePostings(before.Span, after.Span)) changed.Add(term);
        }
        return changed;
    }

    private static HashSet<string> UnchangedTopics(SearchIndex previous, SearchIndex built)
    {
        var before = previous.topics.BySlug();
        var unchanged = new HashSet<string>(StringComparer.Ordinal);
        foreach (var topic in built.site.Terms[TermKind.Topic])
        {
            if (before.TryGetValue(topic.Slug, out var old) && SamePostings(old.Value, built.topics.For(topic).Value))
                unchanged.Add(topic.Slug);
        }
        return unchanged;
    }

    /// <summary>Ids shifted by an article inserted or removed in the past move every later posting: comparing the last ones
    /// first settles most terms without reading their postings.</summary>
    private static bool SamePostings(ReadOnlySpan<int> before, ReadOnlySpan<int> after) =>
        before.Length == after.Length && (before.IsEmpty || before[^1] == after[^1]) && before.SequenceEqual(after);

    /// <summary>The chunks of <paramref name="documents"/> that hold what the previous index's chunk of the same name held.</summary>
    private static HashSet<(int Year, int Chunk)> UnchangedChunks(SearchIndex previous, IReadOnlyList<ArticleEntry> documents, YearRanges years)
    {
        var unchanged = new HashSet<(int Year, int Chunk)>();
        foreach (var (year, ids) in years.Documents())
        {
            var before = previous.years.Documents(year);
            for (var chunk = 0; chunk * ChunkSize < Math.Min(ids.Length, before.Length); chunk++)
                if (SameChunk(Chunk(before, chunk), previous.documents, Chunk(ids, chunk), documents)) unchanged.Add((year, chunk));
        }
        return unchanged;
    }

    /// <summary>The same entries at the same ranks; an entry read again (an edit, same URL) may show the same in results,
    /// and only then are the chunk's bytes compared.</summary>
    private static bool SameChunk(ArraySegment<int> before, IReadOnlyList<ArticleEntry> previousDocuments, ArraySegment<int> after,
        IReadOnlyList<ArticleEntry> documents)
    {
        if (before.Count != after.Count) return false;
        var edited = false;
        for (var i = 0; i < after.Count; i++)
        {
            var (old, now) = (previousDocuments[before[i]], documents[after[i]]);
            if (ReferenceEquals(old, now)) continue;
            if (!string.Equals(old.Url, now.Url, StringComparison.Ordinal)) return false;
            edited = true;
        }
        return !edited || SearchJson.Documents(before.Select(id => previousDocuments[id]))
            .AsSpan().SequenceEqual(SearchJson.Documents(after.Select(id => documents[id])));
    }
}
