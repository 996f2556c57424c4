using Archive.Model;
using Archive.Taxonomy;

namespace Archive.Tests.Taxonomy;

public sealed class PlaceNamesTests
{
    [Theory]
    [InlineData("PYONGYANG", "Pyongyang", "North Korea")]
    [InlineData("FORT WASHINGTON, Pa.", "Fort Washington, Pennsylvania", "United States")]
    [InlineData("ATLANTA, Ga.", "Atlanta, Georgia", "United States")]
    [InlineData("UNITED NATIONS", "United Nations", null)]
    [InlineData("DAR ES SALAAM", "Dar es Salaam", "Tanzania")]
    [InlineData("N'DJAMENA", "N'Djamena", "Chad")]
    [InlineData("TBILISI, Georgia", "Tbilisi, Georgia", "Georgia")]
    [InlineData("BELEM, Brazil", "Belem, Brazil", "Brazil")]
    [InlineData("SAN JOSE, Calif.", "San Jose, California", "United States")]
    [InlineData("WASHINGTON", "Washington", "United States")]
    [InlineData("SOME VILLAGE", "Some Village", null)]
    [InlineData("Kigali", "Kigali", "Rwanda")]
    public void Dateline_places_are_normalised_and_linked(string raw, string display, string? country)
    {
        var place = PlaceNames.Normalize(raw, TaxonomyDefinition.Default.Compiled);
        Assert.Equal(display, place.Display);
        Assert.Equal(country, place.Country);
    }

    [Theory]
    [InlineData("Xinhua")]
    [InlineData("Xinhua News Agency")]
    [InlineData("XINHUA")]
    public void Sources_are_canonical(string source)
    {
        var article = TaxonomyTestData.Make("T", "x") with { Source = source };
        Assert.Equal("Xinhua", TermAssigner.Assign(article, SiteConfig.Default).Source);
    }

    [Fact]
    public void The_place_counts_as_evidence_for_its_country()
    {
        var article = TaxonomyTestData.Make("Talks end", "Officials in Seoul met.");
        Assert.DoesNotContain("South Korea", TermAssigner.Assign(article, SiteConfig.Default).Countries);
        var datelined = article with { Place = "SEOUL" };
        Assert.Contains("South Korea", TermAssigner.Assign(datelined, SiteConfig.Default).Countries);
    }
}
