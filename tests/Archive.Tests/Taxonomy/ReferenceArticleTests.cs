using Archive.Model;
using Archive.Taxonomy;
using Xunit.Abstractions;

namespace Archive.Tests.Taxonomy;

public sealed class ReferenceArticleTests(ITestOutputHelper output)
{
    [Fact]
    public void Treaty_anniversary_gets_diplomacy_china_and_north_korea_only()
    {
        var article = TaxonomyTestData.Read("treaty-anniversary.txt");
        var explanation = TermAssigner.Explain(article, SiteConfig.Default);
        foreach (var candidate in explanation.Candidates)
        {
            output.WriteLine($"{candidate.Name} {candidate.Score} {(candidate.Assigned ? "ASSIGNED" : "")}: " +
                string.Join(", ", candidate.Matches.Select(m => $"{m.Keyword}@{m.Where}x{m.Count}")));
        }

        var terms = explanation.Terms;
        Assert.Equal(["Diplomacy"], terms.Topics);
        Assert.Equal(["North Korea", "China"], terms.Countries.OrderByDescending(c => c).ToList());
        Assert.Equal("Pyongyang", terms.Place);
        Assert.Equal("North Korea", terms.PlaceCountry);
        Assert.Equal("Xinhua", terms.Source);
    }

    [Fact]
    public void Explain_gives_the_same_terms_as_assign()
    {
        var article = TaxonomyTestData.Read("treaty-anniversary.txt");
        var assigned = TermAssigner.Assign(article, SiteConfig.Default);
        var explained = TermAssigner.Explain(article, SiteConfig.Default);
        Assert.Equal(assigned.Topics, explained.Terms.Topics);
        Assert.Equal(assigned.Countries, explained.Terms.Countries);
        var diplomacy = Assert.Single(explained.Candidates, c => c.Name == "Diplomacy");
        Assert.True(diplomacy.Assigned);
        Assert.Contains(diplomacy.Matches, m => m.Keyword == "embassy" && m.Where == "title" && m.Count == 1);
        Assert.Equal(diplomacy.Score, Math.Round(diplomacy.Matches.Sum(m => m.Points), 3), 3);
    }
}
