using System.Runtime.CompilerServices;

namespace Archive.Taxonomy;

/// <summary>One article as related-article scoring sees it: when, and its term keys ("topic:diplomacy", "place:pyongyang").</summary>
public sealed record RelatedInput(DateTimeOffset Published, IReadOnlyList<string> TermKeys);

/// <summary>Finds each article's closest neighbours by shared rare terms and nearness in time. Pure, deterministic, not quadratic.</summary>
/// <remarks>
/// Each term keeps its articles sorted by time; an article looks only at the <see cref="PerTermCandidates"/> nearest in time
/// within <see cref="WindowDays"/> in each of its terms' lists, so the work per article is bounded whatever the archive size.
/// A shared term scores its idf, log(N / df): a term on every article scores nothing. The sum is damped by the time gap.
/// </remarks>
public static class RelatedArticles
{
    public const int PerTermCandidates = 100;
    public const double WindowDays = 365;
    public const double HalfScoreDays = 30;

    public static IReadOnlyList<IReadOnlyList<int>> Compute(IReadOnlyList<RelatedInput> items, int max = 5)
    {
        var result = new IReadOnlyList<int>[items.Count];
        if (items.Count == 0 || max <= 0)
        {
            Array.Fill(result, []);
            return result;
        }
        var index = TermIndex.Build(items);
        // One scratch array per chunk, not per task: it is as long as the archive.
        var chunks = Math.Max(1, Math.Min(Environment.ProcessorCount * 4, items.Count / 1000));
        Parallel.For(0, chunks, chunk =>
        {
            var scratch = new Scratch(items.Count);
            for (var i = chunk; i < items.Count; i += chunks) result[i] = Neighbours(i, index, scratch, max);
        });
        return result;
    }

    // The whole phase is one burst of calls: by the time tiered compilation promotes this from its unoptimised first
    // version the phase is over, so it is compiled optimised from the start. Such a method gets its callees not inlined
    // but in their tier-0 versions, so the inner loop's helpers (nearer side, scratch add and clear) are written in line.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int[] Neighbours(int item, TermIndex index, Scratch scratch, int max)
    {
        var ticks = index.Ticks;
        var itemTicks = ticks[item];
        var scores = scratch.Scores;
        var touched = scratch.Touched;
        foreach (var term in index.TermsOf[item])
        {
            var idf = index.Idf[term];
            if (idf <= 0) continue;
            var postings = index.Postings[term];
            var at = index.PositionIn(term, item);
            int before = at - 1, after = at + 1, taken = 0;
            while (taken < PerTermCandidates && (before >= 0 || after < postings.Length))
            {
                // The nearer in time of the two sides; the earlier on a tie.
                var next = before < 0 ? after
                    : after >= postings.Length ? before
                    : itemTicks - ticks[postings[before]] <= ticks[postings[after]] - itemTicks ? before : after;
                var other = postings[next];
                if (Math.Abs(ticks[other] - itemTicks) > WindowTicks) break;
                if (scores[other] == 0) touched.Add(other);
                scores[other] += idf;
                if (next == before) before--;
                else after++;
                taken++;
            }
        }
        var best = new List<Candidate>(max + 1);
        foreach (var other in touched)
        {
            var gap = Math.Abs(ticks[other] - itemTicks) / (double)TimeSpan.TicksPerDay;
            var candidate = new Candidate(other, gap, scores[other] / (1 + gap / HalfScoreDays));
            if (best.Count == max && !candidate.Beats(best[^1])) continue;
            var at = best.Count;
            while (at > 0 && candidate.Beats(best[at - 1])) at--;
            best.Insert(at, candidate);
            if (best.Count > max) best.RemoveAt(max);
        }
        foreach (var other in touched) scores[other] = 0;
        touched.Clear();
        return best.Select(c => c.Other).ToArray();
    }

    private const long WindowTicks = (long)(WindowDays * TimeSpan.TicksPerDay);

    /// <summary>A possible neighbour; higher score first, then the nearer in time, then the lower index.</summary>
    private readonly record struct Candidate(int Other, double Gap, double Score)
    {
        public bool Beats(Candidate other) =>
            Score != other.Score ? Score > other.Score : Gap != other.Gap ? Gap < other.Gap : Other < other.Other;
    }

    /// <summary>Per-thread candidate scores; <see cref="Neighbours"/> resets them after each article by clearing only what it touched.</summary>
    private sealed class Scratch(int size)
    {
        public double[] Scores { get; } = new double[size];
        public List<int> Touched { get; } = [];
    }

    /// <summary>Term ids, per-term postings sorted by time, idf, and each article's place in each of its postings.</summary>
    private sealed class TermIndex
    {
        public required long[] Ticks { get; init; }
        public required int[][] TermsOf { get; init; }
        public required int[][] Postings { get; init; }
        public required double[] Idf { get; init; }
        /// <summary>Where an article sits in a term's postings: binary search by (time, index), the postings' order.</summary>
        public int PositionIn(int term, int item)
        {
            var postings = Postings[term];
            int low = 0, high = postings.Length - 1;
            while (low <= high)
            {
                var middle = (low + high) >>> 1;
                var other = postings[middle];
                var order = Ticks[other] != Ticks[item] ? Ticks[other].CompareTo(Ticks[item]) : other.CompareTo(item);
                if (order == 0) return middle;
                if (order < 0) low = middle + 1;
                else high = middle - 1;
            }
            return -1;
        }

        public static TermIndex Build(IReadOnlyList<RelatedInput> items)
        {
            var ids = new Dictionary<string, int>(StringComparer.Ordinal);
            var ticks = items.Select(i => i.Published.UtcTicks).ToArray();
            var termsOf = items.Select(item => item.TermKeys.Distinct(StringComparer.Ordinal)
                .Select(key => ids.TryGetValue(key, out var id) ? id : ids[key] = ids.Count).ToArray()).ToArray();
            var lists = new List<int>[ids.Count];
            for (var t = 0; t < lists.Length; t++) lists[t] = [];
            for (var i = 0; i < termsOf.Length; i++)
                foreach (var term in termsOf[i]) lists[term].Add(i);
            var postings = lists.Select(list => list.OrderBy(i => ticks[i]).ThenBy(i => i).ToArray()).ToArray();
            var idf = postings.Select(p => Math.Log(items.Count / (double)p.Length)).ToArray();
            return new TermIndex { Ticks = ticks, TermsOf = termsOf, Postings = postings, Idf = idf };
        }
    }
}
