using Archive.Model;
using Archive.Site;

namespace Archive.Tests.Site;

/// <summary>A session's model is ordered from the previous model's order: it must be the order a model made afresh has.</summary>
public sealed class SiteModelOrderTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private static ArticleEntry Entry(int n, Random random)
    {
        // Few distinct times, so that many articles tie on time and are ordered by URL.
        var published = Start.AddHours(random.Next(40));
        return new ArticleEntry
        {
            SourcePath = $"a{n}.md", Title = $"Story {n}", Slug = $"story-{n}",
            Url = $"/{published:yyyy/MM/dd}/story-{n}/",
            Published = published,
            Terms = new ArticleTerms(["Economy"], [], null, null),
        };
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Articles_come_out_in_the_order_of_a_fresh_model_whatever_changed(int seed)
    {
        var random = new Random(seed);
        var next = 0;
        var entries = Enumerable.Range(0, 300).Select(_ => Entry(next++, random)).ToList();
        SiteModel? previous = null;
        for (var step = 0; step < 30; step++)
        {
            // Additions (newest or back-dated), removals and edits (a new object at the same URL), a few or many at once.
            var changes = random.Next(4) == 0 ? 60 : random.Next(1, 4);
            for (var c = 0; c < changes; c++)
            {
                switch (random.Next(3))
                {
                    case 0: entries.Add(Entry(next++, random)); break;
                    case 1 when entries.Count > 10: entries.RemoveAt(random.Next(entries.Count)); break;
                    default:
                        var at = random.Next(entries.Count);
                        entries[at] = random.Next(2) == 0
                            ? entries[at] with { Title = entries[at].Title + " (edited)" }
                            : entries[at] with { Published = Start.AddHours(random.Next(40)) };
                        break;
                }
            }
            var shuffled = entries.OrderBy(_ => random.Next()).ToList();
            var session = SiteModel.Build(SiteConfig.Default, shuffled, new DiagnosticBag(), previous: previous);
            var fresh = SiteModel.Build(SiteConfig.Default, shuffled, new DiagnosticBag());
            Assert.Equal(fresh.Articles.Select(a => a.Url), session.Articles.Select(a => a.Url));
            Assert.True(fresh.Articles.Zip(session.Articles).All(p => ReferenceEquals(p.First, p.Second)));
            previous = session;
        }
    }
}
