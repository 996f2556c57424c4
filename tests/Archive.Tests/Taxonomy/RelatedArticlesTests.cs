using System.Diagnostics;
using Archive.Taxonomy;
using Xunit.Abstractions;

namespace Archive.Tests.Taxonomy;

public sealed class RelatedArticlesTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static RelatedInput Item(int day, params string[] terms) => new(Start.AddDays(day), terms);

    [Fact]
    public void Rare_shared_terms_beat_common_ones_and_an_article_is_not_its_own_neighbour()
    {
        var items = new[]
        {
            Item(0, "source:xinhua", "topic:diplomacy", "country:north-korea"),
            Item(1, "source:xinhua", "topic:sport"),
            Item(2, "source:xinhua", "topic:economy"),
            Item(3, "source:xinhua", "country:north-korea", "topic:diplomacy"),
        };
        var related = RelatedArticles.Compute(items);
        Assert.Equal([3], related[0]);
        Assert.DoesNotContain(1, related[1]);
        Assert.Empty(related[1]);
    }

    [Fact]
    public void Closer_in_time_wins_when_terms_tie()
    {
        var items = new[] { Item(0, "place:pyongyang", "x"), Item(200, "place:pyongyang"), Item(5, "place:pyongyang"), Item(50, "y") };
        Assert.Equal([2, 1], RelatedArticles.Compute(items)[0]);
    }

    [Fact]
    public void Articles_further_apart_than_the_window_are_not_related()
    {
        var items = new[] { Item(0, "place:a"), Item(800, "place:a"), Item(1, "place:b") };
        Assert.Empty(RelatedArticles.Compute(items)[0]);
    }

    [Fact]
    public void Ties_break_by_index_and_results_are_stable()
    {
        var items = new[] { Item(10, "t"), Item(5, "t"), Item(15, "t"), Item(40, "v") };
        var first = RelatedArticles.Compute(items, max: 2);
        Assert.Equal([1, 2], first[0]);
        Assert.Equal(first.Select(r => r.ToArray()), RelatedArticles.Compute(items, max: 2).Select(r => r.ToArray()));
    }

    [Fact]
    public void Hundred_thousand_items_stay_fast()
    {
        var random = new Random(42);
        var items = new RelatedInput[100_000];
        for (var i = 0; i < items.Length; i++)
        {
            var terms = new List<string>
            {
                $"topic:{random.Next(18)}", $"country:{random.Next(200)}", $"place:{random.Next(3000)}", $"source:{random.Next(12)}",
            };
            if (random.Next(3) == 0) terms.Add($"country:{random.Next(200)}");
            items[i] = new RelatedInput(Start.AddMinutes(random.Next(10 * 365 * 24 * 60)), terms);
        }
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var related = RelatedArticles.Compute(items);
        watch.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        output.WriteLine($"related articles for {items.Length} items: {watch.ElapsedMilliseconds} ms wall, {cpu.TotalMilliseconds:F0} ms CPU");
        Assert.All(related.Take(100), r => Assert.Equal(5, r.Count));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"{watch.ElapsedMilliseconds} ms");
    }
}
