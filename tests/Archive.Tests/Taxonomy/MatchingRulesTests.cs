using Archive.Model;
using Archive.Taxonomy;

namespace Archive.Tests.Taxonomy;

public sealed class MatchingRulesTests
{
    private static ArticleTerms Assign(string title, params string[] paragraphs) =>
        TermAssigner.Assign(TaxonomyTestData.Make(title, paragraphs), SiteConfig.Default);

    [Theory]
    [InlineData("Let us talk about us", "None of us went.")]
    [InlineData("Roast turkey recipes", "Cook the turkey slowly; turkey needs time.")]
    [InlineData("Jordan scores 40", "Jordan scored again as Jordan led the team.")]
    [InlineData("Chad wins award", "Chad thanked his family. Chad said the award meant a lot.")]
    [InlineData("Georgia Tech beats rivals", "Georgia Tech won at home.")]
    [InlineData("Korea report", "Korea was mentioned in Korea.")]
    public void Ambiguous_words_alone_do_not_assign_a_country(string title, string body) =>
        Assert.Empty(Assign(title, body).Countries);

    [Theory]
    [InlineData("US sanctions target shipping firms", "United States")]
    [InlineData("Turkey and Iraq sign water deal", "Turkey")]
    [InlineData("Papua New Guinea floods", "Papua New Guinea")]
    [InlineData("Guinea-Bissau holds vote", "Guinea-Bissau")]
    [InlineData("Niger junta meets ECOWAS", "Niger")]
    [InlineData("Nigeria's central bank raises rates", "Nigeria")]
    [InlineData("CHINA'S EXPORTS RISE", "China")]
    [InlineData("Talks in Amman on refugees", "Jordan")]
    [InlineData("Kinshasa hit by floods", "Democratic Republic of the Congo")]
    [InlineData("U.S. and EU agree", "United States")]
    public void Names_capitals_and_aliases_in_the_title_assign_their_country(string title, string country) =>
        Assert.Contains(country, Assign(title, "").Countries);

    [Fact]
    public void Longest_phrase_wins_over_its_parts()
    {
        var terms = Assign("Papua New Guinea and Equatorial Guinea", "Papua New Guinea and Equatorial Guinea.");
        Assert.DoesNotContain("Guinea", terms.Countries);
        Assert.Contains("Equatorial Guinea", terms.Countries);
    }

    [Fact]
    public void Lowercase_keywords_match_any_case_but_not_inside_words()
    {
        Assert.Contains("Sport", Assign("FOOTBALL: league match ends in draw", "The football league match.").Topics);
        Assert.DoesNotContain("Trade", Assign("Trademark dispute", "A trademark row; the trademarks office.").Topics);
    }

    [Fact]
    public void Title_and_lede_weigh_more_than_the_tail()
    {
        string[] filler = ["One.", "Two.", "Three.", "Four.", "Five."];
        var inTitle = Assign("Hospital opens", filler);
        var inTail = Assign("News", [.. filler, "A hospital opened."]);
        Assert.Contains("Health", inTitle.Topics);
        Assert.DoesNotContain("Health", inTail.Topics);
    }

    [Fact]
    public void Front_matter_topics_are_always_kept_and_sorted_by_kind()
    {
        var article = TaxonomyTestData.Make("Nothing here", "Plain text.") with { Topics = ["sport", "Japan", "Local news"] };
        var terms = TermAssigner.Assign(article, SiteConfig.Default);
        Assert.Equal(["Sport", "Local news"], terms.Topics);
        Assert.Equal(["Japan"], terms.Countries);
    }

    [Fact]
    public void Cap_limits_inferred_subjects()
    {
        var terms = Assign("Election, earthquake, hospital, football, museum, exports",
            "Election vote parliament. Earthquake rescue. Hospital patients. Football league. Museum exhibition. Exports tariffs.");
        Assert.Equal(SiteConfig.Default.Taxonomy.Settings.SubjectCap, terms.Topics.Count);
    }

    [Fact]
    public void Assignment_is_deterministic()
    {
        var article = TaxonomyTestData.Read("treaty-anniversary.txt");
        var first = TermAssigner.Assign(article, SiteConfig.Default);
        var second = TermAssigner.Assign(article, SiteConfig.Default);
        Assert.Equal(first.Topics, second.Topics);
        Assert.Equal(first.Countries, second.Countries);
    }
}
