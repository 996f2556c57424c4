using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Archive.Taxonomy;

/// <summary>The state behind <see cref="RelatedArticles"/>: items under stable ids, each term's postings sorted by time, term weights.</summary>
/// <remarks>
/// Ids, not positions, because positions in the newest-first list shift on every insert. Postings are sorted by (time,
/// position), and an update keeps them sorted without re-sorting: items that stay keep their relative order (checked by
/// <see cref="RelatedChanges"/>), so only removed and inserted items move.
/// </remarks>
internal sealed class RelatedIndex
{
    private readonly Dictionary<string, int> termIds = new(StringComparer.Ordinal);
    private readonly Stack<int> freeIds = new();
    private int nextId;

    /// <summary>Per id: UTC ticks, term ids, position in the current items (-1 when free), the input it came from, related ids.</summary>
    public long[] Ticks { get; private set; } = [];
    public int[][] TermsOf { get; private set; } = [];
    public int[] IndexOf { get; private set; } = [];
    public RelatedInput?[] Inputs { get; private set; } = [];
    public int[][] Related { get; private set; } = [];

    /// <summary>Per position in the current items: the id there.</summary>
    public int[] IdAt { get; private set; } = [];

    /// <summary>Id by item key; null when keys were not unique, so an update has to start afresh.</summary>
    public Dictionary<string, int>? IdOfKey { get; private set; }

    /// <summary>Per term id: ids sorted by (ticks, position), and the weight in quarters.</summary>
    public List<List<int>> Postings { get; } = [];
    public List<int> Weights { get; } = [];

    /// <summary>4 B(N) for the weights as they are now.</summary>
    public int SizeQuarterOctaves { get; private set; }

    public int Count => IdAt.Length;
    public int Capacity => Ticks.Length;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static RelatedIndex Build(IReadOnlyList<RelatedInput> items)
    {
        var index = new RelatedIndex();
        index.EnsureCapacity(items.Count);
        index.nextId = items.Count;
        index.IdAt = new int[items.Count];
        var keys = new Dictionary<string, int>(items.Count, StringComparer.Ordinal);
        var unique = true;
        for (var i = 0; i < items.Count; i++)
        {
            index.Set(i, items[i]);
            index.IndexOf[i] = i;
            index.IdAt[i] = i;
            unique &= keys.TryAdd(items[i].Key, i);
        }
        index.IdOfKey = unique ? keys : null;
        // Ids in (time, position) order, then dealt out: every term's postings come out sorted.
        var byTime = ByTime(index.Ticks, items.Count);
        foreach (var id in byTime)
            foreach (var term in index.TermsOf[id]) index.Postings[term].Add(id);
        index.SetSize();
        for (var term = 0; term < index.TermCount; term++) index.SetWeight(term);
        return index;
    }

    /// <summary>Positions 0 to <paramref name="count"/> - 1 in (time, position) order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int[] ByTime(long[] ticks, int count)
    {
        var byTime = new int[count];
        var newestFirst = true;
        for (var i = 1; i < count && newestFirst; i++) newestFirst = ticks[i - 1] >= ticks[i];
        if (newestFirst)
        {
            // As items come, newest first: the positions backwards, each run of equal times in its own order. No sort.
            var next = 0;
            for (var end = count; end > 0;)
            {
                var start = end - 1;
                while (start > 0 && ticks[start - 1] == ticks[end - 1]) start--;
                for (var i = start; i < end; i++) byTime[next++] = i;
                end = start;
            }
            return byTime;
        }
        for (var i = 0; i < count; i++) byTime[i] = i;
        Array.Sort(byTime, (a, b) => ticks[a] != ticks[b] ? ticks[a].CompareTo(ticks[b]) : a.CompareTo(b));
        return byTime;
    }

    /// <summary>Takes 4 B(N) for the current size; true when it moved, which changes the weight of every term.</summary>
    public bool SetSize()
    {
        var before = SizeQuarterOctaves;
        SizeQuarterOctaves = Count == 0 ? 0 : RelatedTermWeight.QuarterOctaves(Count);
        return before != SizeQuarterOctaves;
    }

    public int TermCount => Postings.Count;

    /// <summary>Sets one term's weight for the current size and its postings; true when it changed.</summary>
    public bool SetWeight(int term)
    {
        var df = Postings[term].Count;
        var weight = df == 0 ? 0 : Math.Max(0, SizeQuarterOctaves - RelatedTermWeight.QuarterOctaves(df));
        if (Weights[term] == weight) return false;
        Weights[term] = weight;
        return true;
    }

    /// <summary>Room for ids below <paramref name="size"/>.</summary>
    public void EnsureCapacity(int size)
    {
        if (size <= Capacity) return;
        var capacity = Math.Max(size, Capacity * 2);
        Ticks = Grow(Ticks, capacity);
        TermsOf = Grow(TermsOf, capacity);
        IndexOf = Grow(IndexOf, capacity);
        Inputs = Grow(Inputs, capacity);
        Related = Grow(Related, capacity);
    }

    /// <summary>The largest id an update adding <paramref name="added"/> items can hand out, plus one.</summary>
    public int IdLimit(int added) => nextId + added;

    public int NewId() => freeIds.Count > 0 ? freeIds.Pop() : nextId++;

    public void Free(int id)
    {
        if (IdOfKey is not null && Inputs[id] is { } input) IdOfKey.Remove(input.Key);
        IndexOf[id] = -1;
        Inputs[id] = null;
        TermsOf[id] = [];
        Related[id] = [];
        freeIds.Push(id);
    }

    /// <summary>Gives an id its (new) input: ticks, term ids, key. Postings are the caller's business.</summary>
    // Called for every item when an index is built: compiled optimised from the start, no allocation but the terms array.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Set(int id, RelatedInput item)
    {
        Inputs[id] = item;
        Ticks[id] = item.Published.UtcTicks;
        var keys = item.TermKeys;
        Span<int> terms = keys.Count <= 64 ? stackalloc int[keys.Count] : new int[keys.Count];
        var count = 0;
        for (var k = 0; k < keys.Count; k++)
        {
            if (!termIds.TryGetValue(keys[k], out var term))
            {
                term = termIds[keys[k]] = Postings.Count;
                Postings.Add([]);
                Weights.Add(0);
            }
            if (!terms[..count].Contains(term)) terms[count++] = term;
        }
        TermsOf[id] = terms[..count].ToArray();
        IdOfKey?[item.Key] = id;
    }

    /// <summary>Takes the positions of the new item list: <paramref name="idAt"/> holds the id at each position.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Reposition(int[] idAt)
    {
        IdAt = idAt;
        var indexOf = IndexOf;
        for (var i = 0; i < idAt.Length; i++) indexOf[idAt[i]] = i;
    }

    /// <summary>Where an item sits in a term's postings, or where it would go: binary search by (time, position).</summary>
    public int PositionIn(int term, int item, out bool found)
    {
        var postings = CollectionsMarshal.AsSpan(Postings[term]);
        var itemTicks = Ticks[item];
        var itemIndex = IndexOf[item];
        int low = 0, high = postings.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var other = postings[middle];
            var order = Ticks[other] != itemTicks ? Ticks[other].CompareTo(itemTicks) : IndexOf[other].CompareTo(itemIndex);
            if (order == 0)
            {
                found = true;
                return middle;
            }
            if (order < 0) low = middle + 1;
            else high = middle - 1;
        }
        found = false;
        return low;
    }

    private static T[] Grow<T>(T[] array, int capacity)
    {
        var grown = new T[capacity];
        Array.Copy(array, grown, array.Length);
        return grown;
    }
}
