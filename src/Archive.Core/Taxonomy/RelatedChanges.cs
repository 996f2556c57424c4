using System.Runtime.CompilerServices;

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
    // Called once per build over the whole list: compiled optimised from the start (see RelatedScoring.Neighbours).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static RelatedChanges? Find(RelatedIndex index, IReadOnlyList<RelatedInput> items)
    {
        if (index.IdOfKey is not { } idOfKey) return null;
        var seen = new bool[index.Capacity];
        var idAt = new int[items.Count];
        var inserted = new List<int>();
        var changedIds = new List<int>();
        HashSet<string>? newKeys = null;
        var lastIndex = -1;
        var oldIdAt = index.IdAt;
        var inputs = index.Inputs;
        var indexOf = index.IndexOf;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            idAt[i] = -1;
            var changedId = -1;
            // Mostly the item after the last one found is the next one here too: a key comparison instead of a lookup.
            var next = lastIndex + 1;
            var id = next < oldIdAt.Length && inputs[oldIdAt[next]] is { } expected && string.Equals(expected.Key, item.Key)
                ? oldIdAt[next]
                : idOfKey.GetValueOrDefault(item.Key, -1);
            if (id >= 0)
            {
                if (seen[id]) return null;
                seen[id] = true;
                if (Same(inputs[id], item))
                {
                    // Ties in time and score are broken by position: staying items must keep their order.
                    if (indexOf[id] < lastIndex) return null;
                    lastIndex = indexOf[id];
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
        foreach (var id in oldIdAt)
            if (!seen[id]) removed.Add(id);
        return new RelatedChanges { IdAt = idAt, Removed = removed, Inserted = inserted, ChangedIds = changedIds };
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Same(RelatedInput? before, RelatedInput after)
    {
        if (before is null || before.Published.UtcTicks != after.Published.UtcTicks) return false;
        if (ReferenceEquals(before.TermKeys, after.TermKeys)) return true;
        if (before.TermKeys.Count != after.TermKeys.Count) return false;
        for (var k = 0; k < before.TermKeys.Count; k++)
            if (!string.Equals(before.TermKeys[k], after.TermKeys[k])) return false;
        return true;
    }
}
