using Archive.Model;
using Archive.Site;

namespace Archive.Tests.Site;

/// <summary>An index list patched by cutting it at binary-searched places must be the list the entry-by-entry walk gives.</summary>
public sealed class ArticleOrderMergeTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private static ArticleEntry Entry(int n, DateTimeOffset published) => TestSupport.Entries.Story(n, published);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Cutting_at_searched_places_gives_what_walking_the_list_gives(int seed)
    {
        var random = new Random(seed);
        var next = 0;
        // Few distinct times, so that entries tie on time and are ordered by URL; the list is a term's: a subset of the model.
        DateTimeOffset Time() => Start.AddHours(random.Next(30));
        var model = Enumerable.Range(0, 400).Select(_ => Entry(next++, Time())).ToArray();
        Array.Sort(model, ArticleOrder.NewestFirst);
        for (var step = 0; step < 200; step++)
        {
            var before = model.Where(_ => random.Next(3) > 0).ToList();
            var removed = Enumerable.Range(0, random.Next(6)).Select(_ => model[random.Next(model.Length)]).Distinct().ToList();
            // Edits: a new object at a removed entry's URL and time; and new entries, some tied in time with others.
            var added = removed.Where(_ => random.Next(2) == 0).Select(e => e with { Title = e.Title + " (edited)" })
                .Concat(Enumerable.Range(0, random.Next(6)).Select(_ => Entry(next++, Time())))
                .ToArray();
            Array.Sort(added, ArticleOrder.NewestFirst);
            var changes = new EntryChanges(added, removed);
            IReadOnlyList<ArticleEntry> list = random.Next(2) == 0 ? before : before.ToArray();

            var walked = ArticleOrder.MergeByWalk(list, changes, added);
            var searched = ArticleOrder.MergeBySearch(list, changes, added);

            Assert.Equal(walked.Select(e => e.Url), searched.Select(e => e.Url));
            Assert.True(walked.Zip(searched).All(p => ReferenceEquals(p.First, p.Second)));
        }
    }
}
