using Archive.Model;
using Archive.Site;

namespace Archive.Tests.Site;

/// <summary>
/// Articles that share a day and slug, across the builds of a session: the census is updated from the previous model's
/// places, where the first article of a shared group and the renamed copies are too. Every build must give the URLs and
/// warnings a fresh build gives.
/// </summary>
public sealed class SharedSlugSessionTests
{
    private static readonly DateTimeOffset Day = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private static ArticleEntry Entry(string path, string slug, int minutes) => new()
    {
        SourcePath = path, Title = slug, Slug = slug, Url = Urls.Article(DateOnly.FromDateTime(Day.DateTime), slug), Published = Day.AddMinutes(minutes),
    };

    [Fact]
    public void Shared_slugs_resolve_as_afresh_when_the_first_of_a_group_goes_comes_back_or_is_given_renamed()
    {
        var first = Entry("a.md", "fire", 0);
        var second = Entry("b.md", "fire", 10);
        var third = Entry("c.md", "fire", 20);
        var others = Enumerable.Range(0, 30).Select(n => Entry($"o{n}.md", $"story-{n}", n)).ToList();
        SiteModel? previous = null;
        // Each step's entries as read; the last is the previous model's own articles, renamed copies and all.
        var steps = new List<Func<IReadOnlyList<ArticleEntry>>>
        {
            () => [.. others, first, second],
            () => [.. others.Skip(1), first, second, third],
            () => [.. others.Skip(1), second, third],
            () => [.. others.Skip(2), third, first, second],
            () => [.. others.Skip(2), first],
            () => [.. others, first, second, third],
        };
        steps.Add(() => previous?.Articles ?? []);
        foreach (var (step, number) in steps.Select((s, i) => (s, i)))
        {
            var entries = step();
            var sessionDiagnostics = new DiagnosticBag();
            var session = SiteModel.Build(SiteConfig.Default, entries, sessionDiagnostics, previous: previous);
            var freshDiagnostics = new DiagnosticBag();
            var fresh = SiteModel.Build(SiteConfig.Default, [.. entries], freshDiagnostics);
            Assert.True(fresh.Articles.Select(a => a.Url).SequenceEqual(session.Articles.Select(a => a.Url)), $"step {number}: URLs");
            Assert.Equal(fresh.Articles.Count, session.Articles.Select(a => a.Url).Distinct().Count());
            Assert.Equal(freshDiagnostics.Sorted().Select(d => d.ToString()), sessionDiagnostics.Sorted().Select(d => d.ToString()));
            previous = session;
        }
    }
}
