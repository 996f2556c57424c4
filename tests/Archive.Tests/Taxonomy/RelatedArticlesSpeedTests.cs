using System.Diagnostics;
using Archive.Taxonomy;
using Xunit.Abstractions;

namespace Archive.Tests.Taxonomy;

/// <summary>Related articles at 100,000 items: a full computation, its restore from saved lists, and an update after one added article.</summary>
public sealed class RelatedArticlesSpeedTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static RelatedInput RandomItem(Random random, string key, DateTimeOffset published)
    {
        var terms = new List<string>
        {
            $"topic:{random.Next(18)}", $"country:{random.Next(200)}", $"place:{random.Next(3000)}", $"source:{random.Next(12)}",
        };
        if (random.Next(3) == 0) terms.Add($"country:{random.Next(200)}");
        return new RelatedInput(key, published, terms);
    }

    private static List<RelatedInput> NewestFirst(IEnumerable<RelatedInput> items) =>
        items.OrderByDescending(i => i.Published).ThenBy(i => i.Key, StringComparer.Ordinal).ToList();

    private (T Result, TimeSpan Wall) Measure<T>(string what, Func<T> run)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var result = run();
        watch.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        output.WriteLine($"{what}: {watch.Elapsed.TotalMilliseconds:F1} ms wall, {cpu.TotalMilliseconds:F0} ms CPU");
        return (result, watch.Elapsed);
    }

    [Fact]
    public void Hundred_thousand_items_stay_fast_and_one_added_article_updates_in_a_fraction_of_the_time()
    {
        var random = new Random(42);
        var items = NewestFirst(Enumerable.Range(0, 100_000)
            .Select(i => RandomItem(random, $"/a/{i}", Start.AddMinutes(random.Next(10 * 365 * 24 * 60)))));
        var (related, wall) = Measure($"compute for {items.Count} items", () => RelatedArticles.Compute(items));
        Assert.All(related.Lists.Take(100), r => Assert.Equal(5, r.Count));
        Assert.True(wall < TimeSpan.FromSeconds(30), $"{wall.TotalMilliseconds} ms");
        // As a new process does with the lists the last build saved: the updates below start from the restored state.
        var saved = related.Lists.Select(list => list.ToArray()).ToList();
        (var restored, wall) = Measure($"restore for {items.Count} items", () => RelatedArticles.Restore(items, saved));
        Assert.NotNull(restored);
        related = restored;

        var updates = new (string What, DateTimeOffset Published)[]
        {
            ("newest", items[0].Published.AddHours(1)),
            ("back-dated", Start.AddDays(5 * 365 + 17)),
            ("newest again", items[0].Published.AddHours(2)),
            ("back-dated again", Start.AddDays(3 * 365 + 101)),
        };
        foreach (var (what, published) in updates)
        {
            items = NewestFirst(items.Append(RandomItem(random, $"/b/{what}", published)));
            var previous = related;
            (related, wall) = Measure($"update, one {what} article added", () => previous.Update(items));
            output.WriteLine($"  recomputed {related.Recomputed} of {items.Count}");
            Assert.True(wall < TimeSpan.FromSeconds(5), $"{wall.TotalMilliseconds} ms");
        }
        var full = RelatedArticles.Compute(items);
        for (var i = 0; i < items.Count; i++) Assert.True(full.Lists[i].SequenceEqual(related.Lists[i]), $"item {i}");
    }
}
