using Archive.Model;
using Archive.Rendering;
using Archive.Site;

namespace Archive.Tests.Rendering;

/// <summary>
/// Where an article was in the previous model is taken from the order the current model was made with, when the previous
/// model is the one it was made from: it must be where the same entry object is, whatever was inserted and removed around it.
/// </summary>
public sealed class SiteChangesOrderTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);

    // No terms, so no related articles and no term links: a page is unchanged exactly when its entry and neighbours are.
    private static ArticleEntry Entry(int n, DateTimeOffset published) => TestSupport.Entries.Story(n, published);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void An_article_is_unchanged_where_the_same_entry_has_the_same_neighbours(int seed)
    {
        var random = new Random(seed);
        var next = 0;
        var entries = Enumerable.Range(0, 200).Select(_ => Entry(next++, Start.AddHours(random.Next(2000)))).ToList();
        var previous = SiteModel.Build(SiteConfig.Default, entries, new DiagnosticBag());
        for (var step = 0; step < 10; step++)
        {
            // A back-dated insertion, a removal and an edit (a new object for the same URL), at different places.
            entries.Add(Entry(next++, Start.AddHours(random.Next(2000))));
            entries.RemoveAt(random.Next(entries.Count));
            var edited = random.Next(entries.Count);
            entries[edited] = entries[edited] with { Title = "Edited" };
            var current = SiteModel.Build(SiteConfig.Default, entries.OrderBy(_ => random.Next()).ToList(), new DiagnosticBag(), previous: previous);
            var changes = new SiteChanges(previous, current, termCountsShown: false);
            var unchanged = 0;
            for (var i = 0; i < current.Articles.Count; i++)
            {
                var before = IndexOf(previous.Articles, current.Articles[i]);
                var expected = before >= 0 && ReferenceEquals(current.Older(i), previous.Older(before))
                    && ReferenceEquals(current.Newer(i), previous.Newer(before));
                Assert.Equal(expected, changes.ArticleUnchanged(i, out var found));
                if (expected) Assert.Equal(before, found);
                if (expected) unchanged++;
            }
            Assert.InRange(unchanged, current.Articles.Count - 12, current.Articles.Count - 1);
            previous = current;
        }
    }

    [Fact]
    public void A_previous_model_the_order_was_not_made_from_is_looked_up_by_URL()
    {
        var entries = Enumerable.Range(0, 50).Select(n => Entry(n, Start.AddHours(n * 7 % 50))).ToList();
        var previous = SiteModel.Build(SiteConfig.Default, entries, new DiagnosticBag());
        var current = SiteModel.Build(SiteConfig.Default, [.. entries.Skip(1), Entry(99, Start.AddHours(25.5))], new DiagnosticBag(), previous: previous);
        // The same entries in a model of their own: an equal model, but not the one the order was made from.
        var equal = SiteModel.Build(SiteConfig.Default, entries, new DiagnosticBag());
        var byOrder = new SiteChanges(previous, current, termCountsShown: false);
        var byUrl = new SiteChanges(equal, current, termCountsShown: false);
        for (var i = 0; i < current.Articles.Count; i++)
        {
            var kept = byOrder.ArticleUnchanged(i, out var before);
            Assert.Equal(kept, byUrl.ArticleUnchanged(i, out var found));
            if (kept) Assert.Equal(before, found);
        }
    }

    private static int IndexOf(IReadOnlyList<ArticleEntry> articles, ArticleEntry entry)
    {
        for (var i = 0; i < articles.Count; i++) if (ReferenceEquals(articles[i], entry)) return i;
        return -1;
    }
}
