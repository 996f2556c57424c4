using Archive.Taxonomy;

namespace Archive.Tests.Taxonomy;

/// <summary>An update gives exactly what a full computation gives, whatever the change; and it recomputes only near the change.</summary>
public sealed class RelatedArticlesUpdateTests
{
    private static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>A random small archive under random edits: few terms and coarse times, so there are many ties and shared terms.</summary>
    private sealed class RandomArchive(int seed)
    {
        private readonly Random random = new(seed);
        private readonly Dictionary<string, RelatedInput> items = new(StringComparer.Ordinal);
        private readonly int spanDays = new[] { 20, 200, 900, 3000 }[seed % 4];
        private readonly int termPool = 3 + seed % 10;
        private readonly int timeSlots = seed % 3 == 0 ? 12 : int.MaxValue;
        private int nextKey;

        public List<RelatedInput> Items =>
            items.Values.OrderByDescending(i => i.Published).ThenBy(i => i.Key, StringComparer.Ordinal).ToList();

        public int Count => items.Count;

        public DateTimeOffset RandomTime()
        {
            // Some archives draw from a dozen instants only: many identical timestamps.
            var slot = timeSlots == int.MaxValue ? random.Next(spanDays * 24) : random.Next(timeSlots) * spanDays * 24 / timeSlots;
            return Start.AddHours(slot);
        }

        public string[] RandomTerms()
        {
            var terms = new List<string>();
            if (random.Next(4) != 0) terms.Add("common");
            for (var n = random.Next(0, 4); n > 0; n--) terms.Add($"t{random.Next(termPool)}");
            if (random.Next(10) == 0) terms.Add($"rare{random.Next(1000)}");
            return terms.ToArray();
        }

        public void Add(DateTimeOffset published, string[]? terms = null)
        {
            var key = $"/a/{nextKey++}";
            items[key] = new RelatedInput(key, published, terms ?? RandomTerms());
        }

        public void Edit()
        {
            var all = Items;
            switch (random.Next(9))
            {
                case 0: Add(all.Count == 0 ? Start : all[0].Published.AddHours(random.Next(0, 48))); break; // newest
                case 1: Add(all.Count == 0 ? Start : all[^1].Published.AddHours(-random.Next(0, 48))); break; // oldest
                case 2: Add(RandomTime()); break; // back-dated
                case 3: Add(all.Count == 0 ? Start : all[random.Next(all.Count)].Published); break; // same time as another
                case 4 when all.Count > 1: items.Remove(all[random.Next(all.Count)].Key); break;
                case 5 when all.Count > 0: Change(all[random.Next(all.Count)], time: true, terms: false); break;
                case 6 when all.Count > 0: Change(all[random.Next(all.Count)], time: false, terms: true); break;
                case 7 when all.Count > 0: Change(all[random.Next(all.Count)], time: true, terms: true); break;
                default:
                    for (var n = random.Next(2, 8); n > 0; n--) Edit();
                    break;
            }
        }

        /// <summary>Adds back-dated items until 4 B(N) moves: every weight changes.</summary>
        public void CrossBucket()
        {
            var bucket = RelatedTermWeight.QuarterOctaves(Math.Max(1, Count));
            while (RelatedTermWeight.QuarterOctaves(Math.Max(1, Count)) == bucket) Add(RandomTime());
        }

        private void Change(RelatedInput item, bool time, bool terms) =>
            items[item.Key] = item with { Published = time ? RandomTime() : item.Published, TermKeys = terms ? RandomTerms() : item.TermKeys };
    }

    private static void AssertSameLists(RelatedArticles expected, RelatedArticles actual, string context)
    {
        Assert.True(expected.Lists.Count == actual.Lists.Count, context);
        for (var i = 0; i < expected.Lists.Count; i++)
            Assert.True(expected.Lists[i].SequenceEqual(actual.Lists[i]),
                $"{context}, item {i}: expected [{string.Join(",", expected.Lists[i])}], got [{string.Join(",", actual.Lists[i])}]");
    }

    [Fact]
    public void Update_equals_a_full_computation_after_any_sequence_of_edits()
    {
        int steps = 0, incremental = 0;
        for (var seed = 0; seed < 120; seed++)
        {
            var archive = new RandomArchive(seed);
            var random = new Random(seed + 1000);
            for (var n = random.Next(20, 301); n > 0; n--) archive.Add(archive.RandomTime());
            // A list as long as the archive shows every candidate a walk took, so any missed recompute shows.
            var max = (seed % 3) switch { 0 => 5, 1 => 1000, _ => 3 };
            var related = RelatedArticles.Compute(archive.Items, max);
            for (var step = 0; step < 40; step++)
            {
                if (step == 20) archive.CrossBucket();
                else archive.Edit();
                var items = archive.Items;
                related = related.Update(items);
                AssertSameLists(RelatedArticles.Compute(items, max), related, $"seed {seed}, step {step}");
                steps++;
                if (related.Recomputed < items.Count) incremental++;
            }
        }
        // Most steps must have taken the incremental path, or the test proves little about it.
        Assert.True(incremental > steps / 2, $"{incremental} of {steps} steps incremental");
    }

    [Fact]
    public void An_unchanged_list_recomputes_nothing_and_an_insert_recomputes_only_its_neighbourhood()
    {
        var archive = new RandomArchive(11);
        for (var n = 0; n < 3000; n++) archive.Add(archive.RandomTime());
        var items = archive.Items;
        var related = RelatedArticles.Compute(items);
        Assert.Equal(items.Count, related.Recomputed);

        related = related.Update(items.ToList());
        Assert.Equal(0, related.Recomputed);

        // A back-dated insert with one term whose weight it does not move: only that term's neighbourhood is recomputed.
        var term = Enumerable.Range(0, 20).Select(t => $"t{t}").First(t =>
        {
            var count = items.Count(i => i.TermKeys.Contains(t));
            return count > 300 && RelatedTermWeight.QuarterOctaves(count) == RelatedTermWeight.QuarterOctaves(count + 1);
        });
        archive.Add(items[items.Count / 2].Published.AddMinutes(1), [term]);
        items = archive.Items;
        related = related.Update(items);
        Assert.InRange(related.Recomputed, 2, 2 * (RelatedArticles.PerTermCandidates + 1) + 1);
        AssertSameLists(RelatedArticles.Compute(items), related, "insert");
    }

    [Fact]
    public void Reordered_items_duplicate_keys_and_a_spent_instance_still_give_the_full_result()
    {
        var archive = new RandomArchive(5);
        for (var n = 0; n < 200; n++) archive.Add(archive.RandomTime());
        var items = archive.Items;
        var first = RelatedArticles.Compute(items);

        // Ties broken the other way: items at the same time swap places, so positions-based tie-breaks differ.
        var reordered = items.OrderByDescending(i => i.Published).ThenByDescending(i => i.Key, StringComparer.Ordinal).ToList();
        var second = first.Update(reordered);
        AssertSameLists(RelatedArticles.Compute(reordered), second, "reordered");

        var duplicated = reordered.Append(reordered[0]).ToList();
        var third = second.Update(duplicated);
        AssertSameLists(RelatedArticles.Compute(duplicated), third, "duplicate key");
        AssertSameLists(RelatedArticles.Compute(items), third.Update(items), "after duplicates");

        // The first instance handed its state on; updating it again still answers correctly, from scratch.
        var again = first.Update(items);
        AssertSameLists(RelatedArticles.Compute(items), again, "spent instance");
        Assert.Equal(items.Count, again.Recomputed);
    }

    [Fact]
    public void Update_from_and_to_an_empty_archive()
    {
        var archive = new RandomArchive(3);
        var related = RelatedArticles.Compute([]);
        for (var n = 0; n < 30; n++) archive.Add(archive.RandomTime());
        related = related.Update(archive.Items);
        AssertSameLists(RelatedArticles.Compute(archive.Items), related, "from empty");
        related = related.Update([]);
        Assert.Empty(related.Lists);
    }

    [Fact]
    public void A_restored_computation_gives_the_same_lists_and_updates_exactly_like_the_computed_one()
    {
        for (var seed = 0; seed < 40; seed++)
        {
            var archive = new RandomArchive(seed);
            var random = new Random(seed + 2000);
            for (var n = random.Next(20, 201); n > 0; n--) archive.Add(archive.RandomTime());
            var max = seed % 2 == 0 ? 5 : 1000;
            var items = archive.Items;
            var saved = RelatedArticles.Compute(items, max).Lists.Select(list => list.ToArray()).ToList();

            var related = RelatedArticles.Restore(items, saved, max);
            Assert.NotNull(related);
            Assert.Equal(0, related.Recomputed);
            AssertSameLists(RelatedArticles.Compute(items, max), related, $"seed {seed}, restored");
            for (var step = 0; step < 10; step++)
            {
                archive.Edit();
                items = archive.Items;
                related = related.Update(items);
                AssertSameLists(RelatedArticles.Compute(items, max), related, $"seed {seed}, step {step}");
            }
        }
    }

    [Fact]
    public void Lists_that_cannot_be_those_of_the_items_are_not_restored()
    {
        var archive = new RandomArchive(7);
        for (var n = 0; n < 50; n++) archive.Add(archive.RandomTime());
        var items = archive.Items;
        var saved = RelatedArticles.Compute(items).Lists.Select(list => list.ToArray()).ToList();
        var withRelated = saved.FindIndex(list => list.Length >= 2);
        Assert.True(withRelated >= 0);

        List<int[]> Changed(Func<int[], int[]> change) =>
            saved.Select((list, i) => i == withRelated ? change(list) : list).ToList();

        Assert.NotNull(RelatedArticles.Restore(items, saved));
        Assert.Null(RelatedArticles.Restore(items, saved.Take(items.Count - 1).ToList()));
        Assert.Null(RelatedArticles.Restore(items, Changed(list => [items.Count, .. list[1..]])));
        Assert.Null(RelatedArticles.Restore(items, Changed(list => [-1, .. list[1..]])));
        Assert.Null(RelatedArticles.Restore(items, Changed(list => [withRelated, .. list[1..]])));
        Assert.Null(RelatedArticles.Restore(items, Changed(list => [list[1], .. list[1..]])));
        Assert.Null(RelatedArticles.Restore(items, saved, max: 1));
    }
}
