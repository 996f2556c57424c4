using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Archive.Taxonomy;

/// <summary>One item's related list from a <see cref="RelatedIndex"/>: the scoring both a full compute and an update run.</summary>
/// <remarks>
/// In each of the item's terms of positive weight, the <see cref="RelatedArticles.PerTermCandidates"/> nearest in time
/// within <see cref="RelatedArticles.WindowDays"/> each gain the term's weight. Weights are integer quarters, so a sum does
/// not depend on the order of the terms. The sum is damped by the time gap; ties go to the nearer, then the earlier listed.
/// </remarks>
internal static class RelatedScoring
{
    private const long WindowTicks = (long)(RelatedArticles.WindowDays * TimeSpan.TicksPerDay);

    /// <summary>Recomputes <see cref="RelatedIndex.Related"/> for the given ids, in parallel when there are many.</summary>
    public static void Recompute(RelatedIndex index, IReadOnlyList<int> ids, int max)
    {
        // One scratch array per chunk, not per item: it is as long as the archive.
        var chunks = Math.Max(1, Math.Min(Environment.ProcessorCount * 4, ids.Count / 1000));
        var related = index.Related;
        Parallel.For(0, chunks, chunk =>
        {
            var scratch = new Scratch(index.Capacity);
            for (var i = chunk; i < ids.Count; i += chunks) related[ids[i]] = Neighbours(ids[i], index, scratch, max);
        });
    }

    // The whole phase is one burst of calls: by the time tiered compilation promotes this from its unoptimised first
    // version the phase is over, so it is compiled optimised from the start. Such a method gets its callees not inlined
    // but in their tier-0 versions, so the inner loop's helpers (nearer side, scratch add and clear) are written in line.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int[] Neighbours(int item, RelatedIndex index, Scratch scratch, int max)
    {
        var ticks = index.Ticks;
        var itemTicks = ticks[item];
        var scores = scratch.Scores;
        var touched = scratch.Touched;
        var weights = CollectionsMarshal.AsSpan(index.Weights);
        foreach (var term in index.TermsOf[item])
        {
            var weight = weights[term];
            if (weight <= 0) continue;
            var postings = CollectionsMarshal.AsSpan(index.Postings[term]);
            var at = index.PositionIn(term, item, out _);
            int before = at - 1, after = at + 1, taken = 0;
            while (taken < RelatedArticles.PerTermCandidates && (before >= 0 || after < postings.Length))
            {
                // The nearer in time of the two sides; the earlier on a tie.
                var next = before < 0 ? after
                    : after >= postings.Length ? before
                    : itemTicks - ticks[postings[before]] <= ticks[postings[after]] - itemTicks ? before : after;
                var other = postings[next];
                if (Math.Abs(ticks[other] - itemTicks) > WindowTicks) break;
                if (scores[other] == 0) touched.Add(other);
                scores[other] += weight;
                if (next == before) before--;
                else after++;
                taken++;
            }
        }
        var indexOf = index.IndexOf;
        var best = new List<Candidate>(max + 1);
        foreach (var other in touched)
        {
            var gap = Math.Abs(ticks[other] - itemTicks) / (double)TimeSpan.TicksPerDay;
            var candidate = new Candidate(other, indexOf[other], gap, scores[other] / (1 + gap / RelatedArticles.HalfScoreDays));
            if (best.Count == max && !candidate.Beats(best[^1])) continue;
            var place = best.Count;
            while (place > 0 && candidate.Beats(best[place - 1])) place--;
            best.Insert(place, candidate);
            if (best.Count > max) best.RemoveAt(max);
        }
        foreach (var other in touched) scores[other] = 0;
        touched.Clear();
        var result = new int[best.Count];
        for (var i = 0; i < result.Length; i++) result[i] = best[i].Id;
        return result;
    }

    /// <summary>A possible neighbour; higher score first, then the nearer in time, then the earlier in the list.</summary>
    private readonly record struct Candidate(int Id, int Index, double Gap, double Score)
    {
        public bool Beats(Candidate other) =>
            Score != other.Score ? Score > other.Score : Gap != other.Gap ? Gap < other.Gap : Index < other.Index;
    }

    /// <summary>Per-thread candidate scores by id; <see cref="Neighbours"/> resets them after each item by clearing only what it touched.</summary>
    private sealed class Scratch(int size)
    {
        public int[] Scores { get; } = new int[size];
        public List<int> Touched { get; } = [];
    }
}
