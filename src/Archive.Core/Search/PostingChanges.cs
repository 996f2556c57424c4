namespace Archive.Search;

/// <summary>
/// How the postings of each term change from one index to the next: an edited document's postings taken out of the terms
/// it no longer has (or has in another field) and put into its new ones, and newer documents' postings appended.
/// </summary>
internal sealed class PostingChanges
{
    private sealed class Change
    {
        /// <summary>Edited documents that lose the term (or its field), ascending.</summary>
        public List<int> RemovedIds { get; } = [];
        /// <summary>Postings of edited documents that gain the term (or a new field), ascending.</summary>
        public List<int> Edited { get; } = [];
        /// <summary>Postings of newer documents, ascending and after every other id.</summary>
        public List<int> Appended { get; } = [];
    }

    private readonly Dictionary<int, Change> byTerm = [];

    public IEnumerable<int> Terms => byTerm.Keys;
    public int MaxTerm => byTerm.Count == 0 ? -1 : byTerm.Keys.Max();

    /// <summary>Records the edit of document <paramref name="id"/>; codes are sorted, as <see cref="SearchTerms"/> keeps them.
    /// Edits must come in ascending id order.</summary>
    public void Edit(int id, ReadOnlySpan<int> before, ReadOnlySpan<int> after)
    {
        int i = 0, j = 0;
        while (i < before.Length || j < after.Length)
        {
            if (j == after.Length || (i < before.Length && before[i] < after[j]))
                For(SearchTerms.TermId(before[i++])).RemovedIds.Add(id);
            else if (i == before.Length || after[j] < before[i])
            {
                For(SearchTerms.TermId(after[j])).Edited.Add(id << 2 | (after[j] & 3));
                j++;
            }
            else (i, j) = (i + 1, j + 1);
        }
    }

    /// <summary>Records a newer document; after every edit, in ascending id order.</summary>
    public void Append(int id, ReadOnlySpan<int> codes)
    {
        foreach (var code in codes) For(SearchTerms.TermId(code)).Appended.Add(id << 2 | (code & 3));
    }

    /// <summary>The term's postings after the changes. A pure append extends the shared buffer (see
    /// <see cref="TermPostings.Append"/>); an edit writes a new buffer, so the earlier index keeps its postings. Null when
    /// the old postings do not hold what the edited documents had (then the caller builds).</summary>
    public TermPostings? Apply(int term, TermPostings old)
    {
        var change = byTerm[term];
        if (change.RemovedIds.Count == 0 && change.Edited.Count == 0)
            return old.Append(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(change.Appended));
        var count = old.Count - change.RemovedIds.Count + change.Edited.Count + change.Appended.Count;
        if (!HoldsAll(old.Span, change.RemovedIds)) return null;
        if (count == 0) return default(TermPostings);
        var buffer = PostingBuffer.WithRoom(count);
        var items = buffer.Items;
        var at = 0;
        int removed = 0, edited = 0;
        foreach (var posting in old.Span)
        {
            var id = posting >> 2;
            while (edited < change.Edited.Count && change.Edited[edited] >> 2 < id) items[at++] = change.Edited[edited++];
            if (removed < change.RemovedIds.Count && change.RemovedIds[removed] == id) removed++;
            else items[at++] = posting;
        }
        while (edited < change.Edited.Count) items[at++] = change.Edited[edited++];
        foreach (var posting in change.Appended) items[at++] = posting;
        return new TermPostings(buffer, count);
    }

    private static bool HoldsAll(ReadOnlySpan<int> postings, List<int> ids)
    {
        foreach (var id in ids)
        {
            var at = postings.BinarySearch(id << 2);
            if (at < 0) at = ~at;
            if (at == postings.Length || postings[at] >> 2 != id) return false;
        }
        return true;
    }

    private Change For(int term)
    {
        if (!byTerm.TryGetValue(term, out var change)) byTerm[term] = change = new Change();
        return change;
    }
}
