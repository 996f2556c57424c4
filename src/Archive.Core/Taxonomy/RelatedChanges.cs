namespace Archive.Taxonomy;

/// <summary>What differs between the items a <see cref="RelatedIndex"/> holds and a new item list, matched by key.</summary>
internal sealed class RelatedChanges
{
    /// <summary>Per new position: the id of the item there if it stays, or -1 where an item is added or changed.</summary>
    public required int[] IdAt { get; init; }
    /// <summary>Ids whose item is gone from the new list.</summary>
    public required List<int> Removed { get; init; }
    /// <summary>New positions of items that are new, or whose time or terms changed (they keep their id; see <see cref="ChangedIds"/>).</summary>
    public required List<int> Inserted { get; init; }
    /// <summary>For each of <see cref="Inserted"/>: the id of the changed item, or -1 for a new one.</summary>
    public required List<int> ChangedIds { get; init; }

    /// <summary>The changes, or null when the new list cannot be reached incrementally: a key twice, or staying items reordered.</summary>
    public static RelatedChanges? Find(RelatedIndex index, IReadOnlyList<RelatedInput> items)
    {
        if (index.IdOfKey is not { } idOfKey) return null;
        var seen = new bool[index.Capacity];
        var idAt = new int[items.Count];
        var inserted = new List<int>();
        var changedIds = new List<int>();
        HashSet<string>? newKeys = null;
        var lastIndex = -1;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            idAt[i] = -1;
            var changedId = -1;
            if (idOfKey.TryGetValue(item.Key, out var id))
            {
                if (seen[id]) return null;
                seen[id] = true;
                if (Same(index.Inputs[id], item))
                {
                    // Ties in time and score are broken by position: staying items must keep their order.
                    if (index.IndexOf[id] < lastIndex) return null;
                    lastIndex = index.IndexOf[id];
                    idAt[i] = id;
                    continue;
                }
                changedId = id;
            }
            else if (!(newKeys ??= new(StringComparer.Ordinal)).Add(item.Key)) return null;
            inserted.Add(i);
            changedIds.Add(changedId);
        }
        var removed = new List<int>();
        foreach (var id in index.IdAt)
            if (!seen[id]) removed.Add(id);
        return new RelatedChanges { IdAt = idAt, Removed = removed, Inserted = inserted, ChangedIds = changedIds };
    }

    private static bool Same(RelatedInput? before, RelatedInput after) =>
        before is not null && before.Published.UtcTicks == after.Published.UtcTicks
        && (ReferenceEquals(before.TermKeys, after.TermKeys) || before.TermKeys.SequenceEqual(after.TermKeys, StringComparer.Ordinal));
}
