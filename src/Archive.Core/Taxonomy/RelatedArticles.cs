using System.Runtime.CompilerServices;

namespace Archive.Taxonomy;

/// <summary>One article as related-article scoring sees it: a unique key (its URL), when, and its term keys ("topic:diplomacy").</summary>
public sealed record RelatedInput(string Key, DateTimeOffset Published, IReadOnlyList<string> TermKeys);

/// <summary>Finds each article's closest neighbours by shared rare terms and nearness in time. Deterministic, not quadratic, updatable.</summary>
/// <remarks>
/// Each term keeps its articles sorted by time; an article looks only at the <see cref="PerTermCandidates"/> nearest in time
/// within <see cref="WindowDays"/> in each of its terms' lists, so the work per article is bounded whatever the archive size.
/// A shared term scores <see cref="RelatedTermWeight"/>, its rarity in quarter octaves: a term on (nearly) every article
/// scores nothing. The sum is damped by the time gap. Because those weights seldom move, <see cref="Update"/> recomputes only
/// the articles near a change (see <see cref="RelatedUpdate"/>) and still gives exactly what <see cref="Compute"/> would.
/// </remarks>
public sealed class RelatedArticles
{
    public const int PerTermCandidates = 100;
    public const double WindowDays = 365;
    public const double HalfScoreDays = 30;

    private readonly int max;
    // Handed to the instance an update returns: the lists of this one stay valid, its index does not.
    private RelatedIndex? index;

    private RelatedArticles(RelatedIndex? index, int max, IReadOnlyList<IReadOnlyList<int>> lists, int recomputed)
    {
        this.index = index;
        this.max = max;
        Lists = lists;
        Recomputed = recomputed;
    }

    /// <summary>For each item (by index in the items it was computed from), the indexes of its related items, best first.</summary>
    public IReadOnlyList<IReadOnlyList<int>> Lists { get; }

    /// <summary>How many items the last update recomputed; a full computation counts them all, a <see cref="Restore"/> none.</summary>
    public int Recomputed { get; }

    /// <summary>Full computation. Items are given newest first (index = position); result lists hold indexes into <paramref name="items"/>.</summary>
    public static RelatedArticles Compute(IReadOnlyList<RelatedInput> items, int max = 5)
    {
        if (items.Count == 0 || max <= 0)
        {
            var empty = new IReadOnlyList<int>[items.Count];
            Array.Fill(empty, []);
            return new RelatedArticles(null, max, empty, items.Count);
        }
        var index = RelatedIndex.Build(items);
        RelatedScoring.Recompute(index, index.IdAt, max);
        // Ids are positions here, so the related ids already are the indexes.
        return new RelatedArticles(index, max, index.Related[..items.Count], items.Count);
    }

    /// <summary>
    /// What <c>Compute(items, max)</c> gave, from its lists kept since (a cache): the index is built again, the lists are not
    /// scored, so the result updates like a computed one. Null when the lists cannot be those of these items.
    /// </summary>
    public static RelatedArticles? Restore(IReadOnlyList<RelatedInput> items, IReadOnlyList<int[]> lists, int max = 5)
    {
        if (lists.Count != items.Count || !AreListsOf(lists, max)) return null;
        if (items.Count == 0 || max <= 0) return Compute(items, max);
        var index = RelatedIndex.Build(items);
        // Ids are positions after a build, as in Compute.
        for (var i = 0; i < lists.Count; i++) index.Related[i] = lists[i];
        return new RelatedArticles(index, max, index.Related[..items.Count], 0);
    }

    /// <summary>Whether every list is at most <paramref name="max"/> long and names other items, each once.</summary>
    private static bool AreListsOf(IReadOnlyList<int[]> lists, int max)
    {
        for (var i = 0; i < lists.Count; i++)
        {
            var list = lists[i];
            if (list.Length > Math.Max(0, max)) return false;
            for (var k = 0; k < list.Length; k++)
            {
                if (list[k] < 0 || list[k] >= lists.Count || list[k] == i) return false;
                for (var j = 0; j < k; j++)
                    if (list[j] == list[k]) return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The same result as <c>Compute(items, max)</c>, exactly, recomputing only the items a change can touch. <paramref name="items"/>
    /// is the complete new list, newest first; changes are found by key. This instance's lists stay valid, but its working
    /// state moves to the returned instance: update that one next.
    /// </summary>
    public RelatedArticles Update(IReadOnlyList<RelatedInput> items)
    {
        var current = index;
        if (current is null) return Compute(items, max);
        index = null;
        var changes = items.Count == 0 ? null : RelatedChanges.Find(current, items);
        if (changes is null) return Compute(items, max);
        var recompute = RelatedUpdate.Apply(current, changes, items);
        RelatedScoring.Recompute(current, recompute, max);
        return new RelatedArticles(current, max, ListsOf(current), recompute.Count);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static IReadOnlyList<int>[] ListsOf(RelatedIndex index)
    {
        var lists = new IReadOnlyList<int>[index.Count];
        var indexOf = index.IndexOf;
        var idAt = index.IdAt;
        var relatedOf = index.Related;
        for (var i = 0; i < lists.Length; i++)
        {
            var related = relatedOf[idAt[i]];
            var indexes = new int[related.Length];
            for (var k = 0; k < indexes.Length; k++) indexes[k] = indexOf[related[k]];
            lists[i] = indexes;
        }
        return lists;
    }
}
