using System.Runtime.InteropServices;

namespace Archive.Taxonomy;

/// <summary>Applies <see cref="RelatedChanges"/> to a <see cref="RelatedIndex"/> and finds the items whose related list may change.</summary>
/// <remarks>
/// An item's list depends only on the weights of its terms and on the candidates its walk takes in each term's postings: a
/// contiguous run of at most <see cref="RelatedArticles.PerTermCandidates"/> on either side of it, all within the window.
/// Inserting X into a term's postings changes another item Y's walk there only if Y's new walk takes X: were X not taken,
/// each step that passes X by would also pass by the item behind X, which is no nearer in time, so the walk is the same.
/// Likewise a removal matters only to items whose old walk took X. So only items within PerTermCandidates places of X in the
/// postings (before a removal, after an insertion) and within the window in time can change. Done one item at a time, each
/// step marks every item whose walk that step can change, so an item never marked walks as it did before the update.
/// Items of a term whose weight changed, and the inserted items themselves, are recomputed too; a new 4 B(N) means all.
/// </remarks>
internal sealed class RelatedUpdate
{
    // One more than the proof needs, as a guard: a list too wide only costs a few recomputed items.
    private const int Reach = RelatedArticles.PerTermCandidates + 1;
    private const long WindowTicks = (long)(RelatedArticles.WindowDays * TimeSpan.TicksPerDay);

    private readonly RelatedIndex index;
    private readonly bool[] marked;
    private readonly List<int> marks = [];
    private readonly HashSet<int> changedTerms = [];

    private RelatedUpdate(RelatedIndex index)
    {
        this.index = index;
        marked = new bool[index.Capacity];
    }

    /// <summary>Brings the index to <paramref name="items"/>; returns the ids to recompute.</summary>
    public static IReadOnlyList<int> Apply(RelatedIndex index, RelatedChanges changes, IReadOnlyList<RelatedInput> items)
    {
        index.EnsureCapacity(index.IdLimit(changes.ChangedIds.Count(id => id < 0)));
        var update = new RelatedUpdate(index);
        foreach (var id in changes.Removed) update.Unpost(id);
        foreach (var id in changes.ChangedIds)
            if (id >= 0) update.Unpost(id);
        foreach (var id in changes.Removed) index.Free(id);
        var idAt = changes.IdAt;
        var inserted = new int[changes.Inserted.Count];
        for (var k = 0; k < inserted.Length; k++)
        {
            var id = changes.ChangedIds[k] >= 0 ? changes.ChangedIds[k] : index.NewId();
            index.Set(id, items[changes.Inserted[k]]);
            idAt[changes.Inserted[k]] = id;
            inserted[k] = id;
        }
        index.Reposition(idAt);
        foreach (var id in inserted)
        {
            update.Post(id);
            update.Mark(id);
        }
        if (index.SetSize())
        {
            for (var term = 0; term < index.TermCount; term++) index.SetWeight(term);
            return index.IdAt;
        }
        foreach (var term in update.changedTerms)
            if (index.SetWeight(term))
                foreach (var id in index.Postings[term]) update.Mark(id);
        return update.marks.FindAll(id => index.IndexOf[id] >= 0);
    }

    private void Unpost(int id)
    {
        foreach (var term in index.TermsOf[id])
        {
            var at = index.PositionIn(term, id, out var found);
            if (!found) throw new InvalidOperationException($"related articles: item {id} missing from the postings of term {term}");
            MarkAround(term, at, index.Ticks[id]);
            index.Postings[term].RemoveAt(at);
            changedTerms.Add(term);
        }
    }

    private void Post(int id)
    {
        foreach (var term in index.TermsOf[id])
        {
            var at = index.PositionIn(term, id, out _);
            index.Postings[term].Insert(at, id);
            MarkAround(term, at, index.Ticks[id]);
            changedTerms.Add(term);
        }
    }

    /// <summary>Marks the items within <see cref="Reach"/> places of <paramref name="at"/> and within the window of its time.</summary>
    private void MarkAround(int term, int at, long ticks)
    {
        var postings = CollectionsMarshal.AsSpan(index.Postings[term]);
        var times = index.Ticks;
        for (var p = Math.Max(0, at - Reach); p <= Math.Min(postings.Length - 1, at + Reach); p++)
            if (p != at && Math.Abs(times[postings[p]] - ticks) <= WindowTicks) Mark(postings[p]);
    }

    private void Mark(int id)
    {
        if (marked[id]) return;
        marked[id] = true;
        marks.Add(id);
    }
}
