using System.Text.Json;
using Archive.Search;

namespace Archive.Tests.Search;

public sealed class SearchTermsCacheTests
{
    private static readonly JsonSerializerOptions Json = new();

    [Fact]
    public void Terms_written_to_the_cache_read_back_as_the_same_terms_and_fields()
    {
        var original = SearchVocabulary.Shared.Collect("Treaty anniversary marked", "Leaders met in Pyongyang", ["The treaty was signed in 1961."]);

        var text = JsonSerializer.Serialize(original, Json);
        var restored = JsonSerializer.Deserialize<SearchTerms>(text, Json);

        Assert.NotNull(restored);
        Assert.Equal(original.ToList(), restored.ToList());
        Assert.Equal(original.Codes.ToArray(), restored.Codes.ToArray());
        Assert.Contains(("treaty", SearchField.Title), restored.ToList());
        Assert.Contains(("pyongyang", SearchField.Lede), restored.ToList());
        Assert.Contains(("1961", SearchField.Body), restored.ToList());
        Assert.Equal(text, JsonSerializer.Serialize(restored, Json)); // written again unchanged
    }

    [Theory]
    [InlineData("\"4word\"")]
    [InlineData("\"3treaty  1double-space\"")]
    [InlineData("\"treaty\"")]
    [InlineData("[\"3treaty\"]")]
    public void A_malformed_cache_text_is_refused_on_load(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<SearchTerms>(json, Json));
}
