using Archive.Taxonomy;

namespace Archive.Tests.Taxonomy;

/// <summary>A built index keeps every term's postings in (time, position) order, however its items come.</summary>
public sealed class RelatedIndexTests
{
    private static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    [InlineData(4, false)]
    public void Postings_are_in_time_then_position_order(int seed, bool newestFirst)
    {
        var random = new Random(seed);
        // A dozen instants only: many items share a time, so the position decides their order.
        var items = Enumerable.Range(0, 500)
            .Select(i => new RelatedInput($"/a/{i}", Start.AddHours(random.Next(12)), [$"t{random.Next(4)}", $"t{random.Next(4)}", "all"]))
            .ToList();
        if (newestFirst) items = items.OrderByDescending(i => i.Published).ThenBy(i => random.Next()).ToList();

        var index = RelatedIndex.Build(items);

        Assert.Equal(5, index.TermCount);
        // Each item once in the postings of each of its terms.
        Assert.Equal(items.Sum(i => i.TermKeys.Distinct().Count()), index.Postings.Sum(p => p.Count));
        Assert.All(index.Postings, p => Assert.Equal(p.Count, p.Distinct().Count()));
        for (var term = 0; term < index.TermCount; term++)
        {
            var expected = index.Postings[term].OrderBy(id => items[id].Published.UtcTicks).ThenBy(id => id).ToList();
            Assert.Equal(expected, index.Postings[term]);
        }
    }
}
