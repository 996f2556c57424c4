using System.Runtime.InteropServices;
using Archive.Site;

namespace Archive.Search;

public sealed partial class SearchIndex
{
    /// <summary>
    /// The index of <paramref name="site"/> from <paramref name="previous"/> when a few articles were inserted in the past,
    /// removed or edited (see <see cref="DocumentShift"/>): a term's postings before the first affected id are copied as they
    /// are, the rest moved to their new ids, and only the terms of the documents that came or went gain or lose any. Terms
    /// with nothing at or after that id are shared with <paramref name="previous"/>, untouched. Null when it does not apply.
    /// </summary>
    private static SearchIndex? TryShift(SearchIndex previous, SiteModel site)
    {
        var count = site.Articles.Count;
        if (ShardBitsFor(count) != previous.ShardBits) return null;
        var documents = new ArticleEntry[count];
        for (var id = 0; id < count; id++) documents[id] = site.Articles[count - 1 - id];
        if (DocumentShift.Between(previous.documents, documents, limit: 64 + count / 64) is not { } shift) return null;
        if (Arrivals(previous, documents, shift) is not { } arrivals) return null;

        var maxTerm = arrivals.Count == 0 ? -1 : arrivals.Keys.Max();
        var terms = maxTerm < previous.terms.Count ? previous.terms : previous.vocabulary.Snapshot();
        var postings = new TermPostings[terms.Count];
        var shards = (int[][])previous.shards.Clone();
        var changedShards = new HashSet<int>();
        var changedTerms = new HashSet<int>();
        var membership = new Dictionary<int, (List<int> Arrived, HashSet<int> Departed)>();
        var scratch = new int[64];
        for (var term = 0; term < terms.Count; term++)
        {
            var old = term < previous.postings.Length ? previous.postings[term] : default;
            var added = arrivals.GetValueOrDefault(term);
            postings[term] = old;
            if (added is null && (old.Count == 0 || old.Span[^1] >> 2 < shift.FirstAffected)) continue;
            var updated = Shifted(old, Span(added), shift, ref scratch);
            if (SamePostings(old.Span, updated.Span)) continue;
            postings[term] = updated;
            var shard = Shard(terms[term], previous.ShardBits);
            // A common term's shard holds only its count; its own file holds the postings.
            if (old.Count != updated.Count || updated.Count < OwnFileThreshold) changedShards.Add(shard);
            if (updated.Count >= OwnFileThreshold) changedTerms.Add(term);
            if (old.Count == 0 || updated.Count == 0)
            {
                if (!membership.TryGetValue(shard, out var members)) membership[shard] = members = ([], []);
                if (old.Count == 0) members.Arrived.Add(term);
                else members.Departed.Add(term);
            }
        }
        foreach (var (shard, (arrived, departed)) in membership)
            shards[shard] = [.. shards[shard].Where(id => !departed.Contains(id)).Concat(arrived).OrderBy(id => terms[id], StringComparer.Ordinal)];

        var topics = TopicPostings.Build(site);
        var years = previous.years.Truncate(shift.FirstAffected).Extend(documents, shift.FirstAffected);
        var reuse = new Reuse
        {
            ChangedShards = changedShards,
            ChangedTerms = changedTerms,
            UnchangedTopics = UnchangedTopics(previous, site, shift),
            UnchangedChunks = UnchangedChunks(previous, documents, years),
        };
        return new SearchIndex(site, documents, previous.vocabulary, terms, postings, shards, topics, years, previous.urls, reuse)
        {
            Origin = SearchIndexOrigin.Shifted,
        };
    }

    private static ReadOnlySpan<int> Span(List<int>? list) => list is null ? default : CollectionsMarshal.AsSpan(list);

    /// <summary>The postings the arriving documents bring, by term, ascending by new id; null when one of them uses
    /// another vocabulary (then the term ids are not comparable).</summary>
    private static Dictionary<int, List<int>>? Arrivals(SearchIndex previous, ArticleEntry[] documents, DocumentShift shift)
    {
        var byTerm = new Dictionary<int, List<int>>();
        foreach (var id in shift.Arrived)
        {
            if (documents[id].SearchTerms is not { } list) continue;
            if (!ReferenceEquals(list.Vocabulary, previous.vocabulary)) return null;
            foreach (var code in list.Codes)
            {
                var term = SearchTerms.TermId(code);
                if (!byTerm.TryGetValue(term, out var postings)) byTerm[term] = postings = [];
                postings.Add(id << 2 | (code & 3));
            }
        }
        return byTerm;
    }

    /// <summary>A term's postings after the shift: the part before the first affected id as it was, the rest moved.</summary>
    private static TermPostings Shifted(TermPostings old, ReadOnlySpan<int> arrivals, DocumentShift shift, ref int[] scratch)
    {
        var span = old.Span;
        var kept = DocumentShift.FirstAtOrAfter(span, shift.FirstAffected);
        var most = span.Length - kept + arrivals.Length;
        if (scratch.Length < most) scratch = new int[Math.Max(most, scratch.Length * 2)];
        var tail = shift.Map(span[kept..], arrivals, scratch);
        var count = kept + tail;
        if (count == 0) return default;
        var buffer = PostingBuffer.WithRoom(count);
        span[..kept].CopyTo(buffer.Items);
        scratch.AsSpan(0, tail).CopyTo(buffer.Items.AsSpan(kept));
        if (count >= OwnFileThreshold) buffer.DerivedFrom(old, kept);
        return new TermPostings(buffer, count);
    }

    /// <summary>
    /// The topics whose file keeps its bytes: the previous file of the same name listed the same document ids. Told without
    /// ids when the topic lists the same entries as before and none of them moved; by the ids of both lists otherwise.
    /// </summary>
    private static HashSet<string> UnchangedTopics(SearchIndex previous, SiteModel site, DocumentShift shift)
    {
        var before = previous.site.Terms[TermKind.Topic].ToDictionary(t => t.Slug, StringComparer.Ordinal);
        var droppedIds = new Dictionary<ArticleEntry, int>(ReferenceEqualityComparer.Instance);
        foreach (var id in shift.Dropped) droppedIds[previous.documents[id]] = id;
        var unchanged = new HashSet<string>(StringComparer.Ordinal);
        foreach (var topic in site.Terms[TermKind.Topic])
        {
            if (!before.TryGetValue(topic.Slug, out var old)) continue;
            var same = EntryLists.Same(old.Articles, topic.Articles)
                ? NoneMoved(topic.Articles)
                : Ids(old.Articles, OldId).AsSpan().SequenceEqual(Ids(topic.Articles, entry => IdOf(site, entry)));
            if (same) unchanged.Add(topic.Slug);
        }
        return unchanged;

        // The same entries have the same ids if none moved (ids keep their order, so one that moved changes the list). The
        // newest move first: found at once when they did.
        bool NoneMoved(IReadOnlyList<ArticleEntry> newestFirst)
        {
            foreach (var entry in newestFirst)
            {
                var id = IdOf(site, entry);
                if (id < shift.FirstAffected) return true;
                if (shift.OldId(id) != id) return false;
            }
            return true;
        }

        int OldId(ArticleEntry entry) => droppedIds.TryGetValue(entry, out var dropped) ? dropped : shift.OldId(IdOf(site, entry));
    }

    /// <summary>The distinct document ids of a term's articles (newest first; an article filed under two spellings of the
    /// term is listed twice, in a row), as its postings hold them.</summary>
    private static int[] Ids(IReadOnlyList<ArticleEntry> newestFirst, Func<ArticleEntry, int> id)
    {
        var ids = new List<int>(newestFirst.Count);
        for (var i = 0; i < newestFirst.Count; i++)
            if (i == 0 || !ReferenceEquals(newestFirst[i], newestFirst[i - 1])) ids.Add(id(newestFirst[i]));
        return [.. ids];
    }
}
