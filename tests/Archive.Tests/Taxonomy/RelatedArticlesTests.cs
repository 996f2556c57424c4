using Archive.Taxonomy;

namespace Archive.Tests.Taxonomy;

public sealed class RelatedArticlesTests
{
    private static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static RelatedInput Item(int day, params string[] terms) => new($"/{day}/{string.Join('+', terms)}", Start.AddDays(day), terms);

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
        var related = RelatedArticles.Compute(items).Lists;
        Assert.Equal([3], related[0]);
        Assert.DoesNotContain(1, related[1]);
        Assert.Empty(related[1]);
    }

    [Fact]
    public void Closer_in_time_wins_when_terms_tie()
    {
        var items = new[] { Item(0, "place:pyongyang", "x"), Item(200, "place:pyongyang"), Item(5, "place:pyongyang"), Item(50, "y") };
        Assert.Equal([2, 1], RelatedArticles.Compute(items).Lists[0]);
    }

    [Fact]
    public void Articles_further_apart_than_the_window_are_not_related()
    {
        var items = new[] { Item(0, "place:a"), Item(800, "place:a"), Item(1, "place:b") };
        Assert.Empty(RelatedArticles.Compute(items).Lists[0]);
    }

    [Fact]
    public void Ties_break_by_index_and_results_are_stable()
    {
        var items = new[] { Item(10, "t"), Item(5, "t"), Item(15, "t"), Item(40, "v") };
        var first = RelatedArticles.Compute(items, max: 2).Lists;
        Assert.Equal([1, 2], first[0]);
        Assert.Equal(first.Select(r => r.ToArray()), RelatedArticles.Compute(items, max: 2).Lists.Select(r => r.ToArray()));
    }

    [Fact]
    public void A_term_on_every_article_scores_nothing()
    {
        var items = Enumerable.Range(0, 40).Select(day => Item(day, "source:xinhua", $"place:{day}")).ToArray();
        var related = RelatedArticles.Compute(items);
        Assert.All(related.Lists, list => Assert.Empty(list));
        Assert.Equal(0, RelatedTermWeight.Quarters(40, 40));
    }

    [Fact]
    public void A_term_on_nearly_every_article_scores_nothing_but_one_on_half_scores_an_octave()
    {
        // B(100) = floor(4 * 6.64) / 4 = 6.5 and B(95) = floor(4 * 6.57) / 4 = 6.5; B(50) = floor(4 * 5.64) / 4 = 5.5.
        Assert.Equal(0, RelatedTermWeight.Quarters(100, 95));
        Assert.Equal(4, RelatedTermWeight.Quarters(100, 50));
        Assert.Equal(26, RelatedTermWeight.Quarters(100, 1));
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 4)]
    [InlineData(3, 6)] // 4 log2 3 = 6.34
    [InlineData(4, 8)]
    [InlineData(5, 9)] // 4 log2 5 = 9.29
    [InlineData(7, 11)] // 4 log2 7 = 11.23
    [InlineData(8, 12)]
    [InlineData(65_535, 63)]
    [InlineData(65_536, 64)]
    [InlineData(77_935, 64)] // 2^16.25 = 77935.99
    [InlineData(77_936, 65)]
    [InlineData(92_681, 65)] // 2^16.5 = 92681.90
    [InlineData(92_682, 66)]
    [InlineData(int.MaxValue, 123)]
    public void Quarter_octave_buckets_are_exact_at_their_boundaries(long count, int quarters) =>
        Assert.Equal(quarters, RelatedTermWeight.QuarterOctaves(count));

    [Fact]
    public void Quarter_octave_bucket_is_the_largest_power_of_two_not_above_the_fourth_power()
    {
        var random = new Random(7);
        var counts = Enumerable.Range(0, 31).SelectMany(k => new[] { (1L << k) - 1, 1L << k, (1L << k) + 1 })
            .Concat(Enumerable.Range(0, 2000).Select(_ => (long)random.Next(1, int.MaxValue)))
            .Where(c => c is >= 1 and <= int.MaxValue);
        foreach (var count in counts)
        {
            var k = RelatedTermWeight.QuarterOctaves(count);
            var fourth = System.Numerics.BigInteger.Pow(count, 4);
            Assert.True(System.Numerics.BigInteger.Pow(2, k) <= fourth && fourth < System.Numerics.BigInteger.Pow(2, k + 1), $"{count}: {k}");
        }
    }
}
