using Archive.Model;
using Archive.Rendering;
using Archive.Site;

namespace Archive.Tests.Rendering;

/// <summary>An article page links each of its terms (with its count, if the theme shows counts): a change to one of those
/// links, of any kind of term, makes the page changed.</summary>
public sealed class SiteChangesTermLinksTests
{
    private static readonly SiteConfig Config = SiteConfig.Default with { MinTermCount = 1 };
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);

    /// <summary>Article n, on day n; the newest (6) two years on, too late to be related to the others and change their lists.</summary>
    private static ArticleEntry Entry(int n, ArticleTerms terms) => new()
    {
        SourcePath = $"a{n}.md", Title = $"Story {n}", Slug = $"story-{n}",
        Url = $"/2025/03/{n:00}/story-{n}/",
        Published = n < 6 ? Start.AddDays(n - 1) : Start.AddYears(2),
        Terms = terms,
    };

    private static ArticleTerms None => new([], [], null, null);

    private static ArticleTerms Common => new(["Economy"], ["France"], "Paris", "AP");

    /// <summary>The terms of <see cref="Common"/> with the one of this kind replaced by <paramref name="name"/>.</summary>
    private static ArticleTerms With(TermKind kind, string name) => kind switch
    {
        TermKind.Topic => Common with { Topics = ["Economy", name] },
        TermKind.Country => Common with { Countries = ["France", name] },
        TermKind.Place => Common with { Place = name },
        _ => Common with { Source = name },
    };

    private static ArticleTerms Alone(TermKind kind, string name) => kind switch
    {
        TermKind.Topic => new([name], [], null, null),
        TermKind.Country => new([], [name], null, null),
        TermKind.Place => new([], [], name, null),
        _ => new([], [], null, name),
    };

    [Theory]
    [InlineData(TermKind.Topic)]
    [InlineData(TermKind.Country)]
    [InlineData(TermKind.Place)]
    [InlineData(TermKind.Source)]
    public void A_new_article_changes_the_pages_that_show_the_count_of_its_term_only(TermKind kind)
    {
        // Article 2 has the rare term besides the common ones, the others no terms (so no related articles, which would change
        // with the terms' weights); the newest article (6) has the rare term alone, so no other term's count changes.
        var old = Enumerable.Range(1, 5).Select(n => Entry(n, n == 2 ? With(kind, "Rare") : None)).ToList();
        var previous = SiteModel.Build(Config, old, new DiagnosticBag());
        var current = SiteModel.Build(Config, old.Append(Entry(6, Alone(kind, "Rare"))), new DiagnosticBag());
        var uncounted = new SiteChanges(previous, current, termCountsShown: false);
        var counted = new SiteChanges(previous, current, termCountsShown: true);
        var rare = IndexOf(current, 2);
        Assert.Equal(6, current.Articles.Count);

        // Without counts, neither the rare term's link nor the page changed; with them, the rare term's count did.
        Assert.True(uncounted.ArticleUnchanged(rare, out _));
        Assert.False(counted.ArticleUnchanged(rare, out _));
        Assert.True(counted.ArticleUnchanged(IndexOf(current, 1), out _));
    }

    [Fact]
    public void Pages_of_articles_without_the_changed_term_stay_unchanged_when_counts_are_shown()
    {
        var old = Enumerable.Range(1, 5).Select(n => Entry(n, n == 2 ? Common : None)).ToList();
        var previous = SiteModel.Build(Config, old, new DiagnosticBag());
        var current = SiteModel.Build(Config, old.Append(Entry(6, Common)), new DiagnosticBag());
        var counted = new SiteChanges(previous, current, termCountsShown: true);

        Assert.False(counted.ArticleUnchanged(IndexOf(current, 2), out _));
        Assert.True(counted.ArticleUnchanged(IndexOf(current, 1), out _));
    }

    private static int IndexOf(SiteModel site, int n) => site.Articles.ToList().FindIndex(a => a.Slug == $"story-{n}");
}
