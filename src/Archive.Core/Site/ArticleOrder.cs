namespace Archive.Site;

/// <summary>The order of a model's articles (newest first) and, in a session, what changed since the previous model.</summary>
internal static class ArticleOrder
{
    // URLs are unique by now, so the order is total and an unstable sort is deterministic.
    public static readonly Comparison<ArticleEntry> NewestFirst = static (a, b) =>
    {
        var byTime = b.Published.UtcTicks.CompareTo(a.Published.UtcTicks);
        return byTime != 0 ? byTime : string.CompareOrdinal(a.Url, b.Url);
    };

    public static ArticleEntry[] Sorted(ArticleEntry[] entries)
    {
        Array.Sort(entries, NewestFirst);
        return entries;
    }

    /// <summary>Marks each entry with its index in the model it was just sorted into, for the next build's <see cref="From"/>.</summary>
    public static void Remember(ArticleEntry[] sorted)
    {
        for (var i = 0; i < sorted.Length; i++) sorted[i].Slot.Index = i;
    }

    /// <summary>
    /// The entries in order, from the previous model's order: the entries it had are the same objects in the same order, so
    /// only the others need sorting and merging in. Null when too many changed for that to pay. <c>Before</c> gives, for each
    /// position of the result, the entry's index in <paramref name="previous"/>, or -1 for an added one.
    /// </summary>
    /// <remarks>
    /// An entry's slot says where it was in the previous model, if it was there: checked by reference, so a stale slot (the
    /// entry was sorted into some other model since) only makes the entry count as removed and added again.
    /// </remarks>
    public static (ArticleEntry[] Sorted, int[] Before, EntryChanges Changes)? From(IReadOnlyList<ArticleEntry> previousList, IReadOnlyList<ArticleEntry> entryList)
    {
        var previous = EntryLists.AsSpan(previousList);
        var entries = EntryLists.AsSpan(entryList);
        var limit = 64 + entries.Length / 16;
        var kept = new bool[previous.Length];
        var added = new List<ArticleEntry>();
        foreach (var entry in entries)
        {
            var slot = EntryLists.SlotIn(previous, entry);
            if (slot >= 0 && !kept[slot]) kept[slot] = true;
            else if (added.Count == limit) return null;
            else added.Add(entry);
        }
        var removed = new List<ArticleEntry>();
        for (var i = 0; i < kept.Length; i++)
        {
            if (kept[i]) continue;
            if (removed.Count == limit) return null;
            removed.Add(previous[i]);
        }
        var fresh = Sorted(added.ToArray());
        var merged = new ArticleEntry[entries.Length];
        var before = new int[entries.Length];
        int next = 0, f = 0;
        for (var i = 0; i < kept.Length; i++)
        {
            if (!kept[i]) continue;
            var entry = previous[i];
            while (f < fresh.Length && NewestFirst(fresh[f], entry) < 0)
            {
                before[next] = -1;
                merged[next++] = fresh[f++];
            }
            before[next] = i;
            merged[next++] = entry;
        }
        while (f < fresh.Length)
        {
            before[next] = -1;
            merged[next++] = fresh[f++];
        }
        return (merged, before, new EntryChanges(fresh, removed));
    }

    /// <summary>A list newest first without the removed entries and with the added ones (newest first) merged in.</summary>
    /// <remarks>
    /// A long list with few changes is cut where they fall, found by binary search (the order is total), and copied between the
    /// cuts as it is: no entry of it is looked at, which for a term on a fifth of 100,000 articles is most of the cost.
    /// </remarks>
    public static List<ArticleEntry> Merge(IReadOnlyList<ArticleEntry> before, EntryChanges changes, IReadOnlyList<ArticleEntry> added) =>
        (changes.Removed.Count + added.Count) * SearchFactor < before.Count ? MergeBySearch(before, changes, added) : MergeByWalk(before, changes, added);

    // Binary searches cost some 17 entry comparisons each at 100,000: past one change in 32 entries, a walk is cheaper.
    private const int SearchFactor = 32;

    internal static List<ArticleEntry> MergeByWalk(IReadOnlyList<ArticleEntry> before, EntryChanges changes, IReadOnlyList<ArticleEntry> added)
    {
        var merged = new List<ArticleEntry>(before.Count + added.Count);
        var a = 0;
        foreach (var entry in before)
        {
            if (changes.WasRemoved(entry)) continue;
            while (a < added.Count && NewestFirst(added[a], entry) < 0) merged.Add(added[a++]);
            merged.Add(entry);
        }
        while (a < added.Count) merged.Add(added[a++]);
        return merged;
    }

    internal static List<ArticleEntry> MergeBySearch(IReadOnlyList<ArticleEntry> before, EntryChanges changes, IReadOnlyList<ArticleEntry> added)
    {
        var removedAt = new List<int>(changes.Removed.Count);
        foreach (var entry in changes.Removed)
        {
            var at = FirstAfter(before, entry) - 1;
            if (at >= 0 && ReferenceEquals(before[at], entry)) removedAt.Add(at);
        }
        removedAt.Sort();
        var merged = new List<ArticleEntry>(before.Count + added.Count);
        int from = 0, r = 0;
        foreach (var entry in added)
        {
            // After every entry of the list not newer than it: where the walk puts it, the removed ones aside.
            var at = Math.Max(from, FirstAfter(before, entry));
            CopyKept(before, from, at, removedAt, ref r, merged);
            merged.Add(entry);
            from = at;
        }
        CopyKept(before, from, before.Count, removedAt, ref r, merged);
        return merged;
    }

    /// <summary>The index of the first entry of the list that sorts after <paramref name="entry"/>.</summary>
    private static int FirstAfter(IReadOnlyList<ArticleEntry> list, ArticleEntry entry)
    {
        int low = 0, high = list.Count;
        while (low < high)
        {
            var mid = low + (high - low) / 2;
            if (NewestFirst(list[mid], entry) <= 0) low = mid + 1;
            else high = mid;
        }
        return low;
    }

    /// <summary>Copies <c>before[from..to)</c> but the removed indexes (sorted; <paramref name="r"/> is the next not yet passed).</summary>
    private static void CopyKept(IReadOnlyList<ArticleEntry> before, int from, int to, List<int> removedAt, ref int r, List<ArticleEntry> merged)
    {
        while (from < to)
        {
            while (r < removedAt.Count && removedAt[r] < from) r++;
            var end = r < removedAt.Count && removedAt[r] < to ? removedAt[r] : to;
            CopyRange(before, from, end, merged);
            from = end + 1;
        }
    }

    private static void CopyRange(IReadOnlyList<ArticleEntry> before, int from, int to, List<ArticleEntry> merged)
    {
        if (to <= from) return;
        switch (before)
        {
            case List<ArticleEntry> list: merged.AddRange(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list)[from..to]); break;
            case ArticleEntry[] array: merged.AddRange(array.AsSpan(from, to - from)); break;
            default:
                for (var i = from; i < to; i++) merged.Add(before[i]);
                break;
        }
    }
}

/// <summary>The entries of a session's model that its previous model did not have, and those it no longer has.</summary>
internal sealed class EntryChanges(IReadOnlyList<ArticleEntry> added, IReadOnlyList<ArticleEntry> removed)
{
    private readonly HashSet<ArticleEntry> removedSet = new(removed, ReferenceEqualityComparer.Instance);

    /// <summary>Newest first.</summary>
    public IReadOnlyList<ArticleEntry> Added => added;
    public IReadOnlyList<ArticleEntry> Removed => removed;
    public IEnumerable<ArticleEntry> All => added.Concat(removed);

    public bool WasRemoved(ArticleEntry entry) => removedSet.Count > 0 && removedSet.Contains(entry);
}
