using Archive.Text;

namespace Archive.Tests.Site;

public sealed class SlugsTests
{
    [Theory]
    [InlineData("Chinese embassy marks 64th anniversary", "chinese-embassy-marks-64th-anniversary")]
    [InlineData("Trade & tariffs: \"No winners,\" ministers say", "trade-tariffs-no-winners-ministers-say")]
    [InlineData("Zürich's Straße café", "zurichs-strasse-cafe")]
    [InlineData("../../etc/passwd", "etc-passwd")]
    [InlineData("北京", "article")]
    [InlineData("", "article")]
    public void Slugs_are_ascii_lowercase_and_hyphenated(string title, string expected) =>
        Assert.Equal(expected, Slugs.From(title));

    [Fact]
    public void A_lone_surrogate_does_not_break_a_slug() =>
        Assert.Equal("broken-text", Slugs.From("Broken \uD800 text"));

    [Fact]
    public void Long_titles_are_cut_at_a_word()
    {
        var slug = Slugs.From(string.Join(' ', Enumerable.Repeat("anniversary", 40)));
        Assert.True(slug.Length <= Slugs.MaxLength);
        Assert.EndsWith("anniversary", slug);
    }
}
