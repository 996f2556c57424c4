using Archive.Site;

namespace Archive.Search;

/// <summary>
/// How the document ids of one index become those of the next when a few articles were inserted, removed or edited anywhere
/// in time: the documents both hold (the same objects) keep their order, so their ids move by runs of one offset. Found by
/// merging the two lists, which touches an entry only where they differ.
/// </summary>
internal sealed class DocumentShift
{
    /// <summary>Old ids whose postings go: documents removed, and the earlier entries of edited ones. Ascending.</summary>
    public int[] Dropped { get; }

    /// <summary>New ids whose postings come in: documents inserted, and the new entries of edited ones. Ascending.</summary>
    public int[] Arrived { get; }

    /// <summary>The first old id that is dropped or moves (and the first new id that arrives, if lower): every id below it
    /// is the same document in both indexes.</summary>
    public int FirstAffected { get; }

    // Runs of kept documents: from old id Start on, new id = old id + Offset (until the next run).
    private readonly (int Start, int Offset)[] runs;

    private DocumentShift(int[] dropped, int[] arrived, (int Start, int Offset)[] runs, int firstAffected)
    {
        Dropped = dropped;
        Arrived = arrived;
        this.runs = runs;
        FirstAffected = firstAffected;
    }

    /// <summary>The shift from <paramref name="before"/> to <paramref name="after"/> (both oldest first, in the site's
    /// order); null when more than <paramref name="limit"/> documents come or go, where a build costs less.</summary>
    public static DocumentShift? Between(IReadOnlyList<ArticleEntry> before, IReadOnlyList<ArticleEntry> after, int limit)
    {
        List<int> dropped = [], arrived = [];
        var runs = new List<(int Start, int Offset)>();
        int i = 0, j = 0;
        while (i < before.Count || j < after.Count)
        {
            if (i < before.Count && j < after.Count && ReferenceEquals(before[i], after[j]))
            {
                if (runs.Count == 0 || runs[^1].Offset != j - i) runs.Add((i, j - i));
                (i, j) = (i + 1, j + 1);
                continue;
            }
            // Oldest first is the site's order (newest first) read backwards; the same time and URL is the same place: an edit.
            var order = i == before.Count ? 1 : j == after.Count ? -1 : ArticleOrder.NewestFirst(after[j], before[i]);
            if (order <= 0) dropped.Add(i++);
            if (order >= 0) arrived.Add(j++);
            if (dropped.Count + arrived.Count > limit) return null;
        }
        var firstMoved = runs.Find(run => run.Offset != 0) is { Offset: not 0 } moved ? moved.Start : int.MaxValue;
        var first = Math.Min(firstMoved, Math.Min(dropped.Count > 0 ? dropped[0] : int.MaxValue, arrived.Count > 0 ? arrived[0] : int.MaxValue));
        return new DocumentShift([.. dropped], [.. arrived], [.. runs], first);
    }

    /// <summary>
    /// The postings <paramref name="tail"/> (old ids, all at or after <see cref="FirstAffected"/>) with new ids, less the
    /// dropped documents, merged with <paramref name="arrivals"/> (new ids, ascending), written to <paramref name="destination"/>;
    /// returns how many were written.
    /// </summary>
    public int Map(ReadOnlySpan<int> tail, ReadOnlySpan<int> arrivals, Span<int> destination)
    {
        int run = 0, drop = 0, arrival = 0, at = 0;
        foreach (var posting in tail)
        {
            var id = posting >> 2;
            while (drop < Dropped.Length && Dropped[drop] < id) drop++;
            if (drop < Dropped.Length && Dropped[drop] == id) continue;
            while (run + 1 < runs.Length && runs[run + 1].Start <= id) run++;
            var moved = id + runs[run].Offset;
            while (arrival < arrivals.Length && arrivals[arrival] >> 2 < moved) destination[at++] = arrivals[arrival++];
            destination[at++] = moved << 2 | (posting & 3);
        }
        while (arrival < arrivals.Length) destination[at++] = arrivals[arrival++];
        return at;
    }

    /// <summary>The new id of a kept old id.</summary>
    public int NewId(int oldId)
    {
        var at = Array.BinarySearch(runs, (oldId, int.MaxValue), RunStart.Instance);
        return oldId + runs[at >= 0 ? at : ~at - 1].Offset;
    }

    /// <summary>The old id of a kept document from its new id.</summary>
    public int OldId(int newId)
    {
        int low = 0, high = runs.Length - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (runs[middle].Start + runs[middle].Offset <= newId) low = middle;
            else high = middle - 1;
        }
        return newId - runs[low].Offset;
    }

    /// <summary>The first index of <paramref name="postings"/> whose id is <paramref name="id"/> or more.</summary>
    public static int FirstAtOrAfter(ReadOnlySpan<int> postings, int id)
    {
        var at = postings.BinarySearch(id << 2);
        return at >= 0 ? at : ~at;
    }

    /// <summary>Orders runs by their start only.</summary>
    private sealed class RunStart : IComparer<(int Start, int Offset)>
    {
        public static readonly RunStart Instance = new();
        public int Compare((int Start, int Offset) x, (int Start, int Offset) y) => x.Start.CompareTo(y.Start);
    }
}
