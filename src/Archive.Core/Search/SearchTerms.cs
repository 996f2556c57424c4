namespace Archive.Search;

/// <summary>Where in an article a term was found; the best place wins and ranks the article.</summary>
public enum SearchField { Body = 1, Lede = 2, Title = 3 }

/// <summary>
/// The distinct terms of one article, kept compactly from the first read so the index never needs the bodies again:
/// each code is <c>termId &lt;&lt; 2 | field</c>, term ids from the shared <see cref="SearchVocabulary"/>.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(SearchTermsJsonConverter))]
public sealed class SearchTerms(SearchVocabulary vocabulary, int[] codes)
{
    public SearchVocabulary Vocabulary => vocabulary;
    public ReadOnlySpan<int> Codes => codes;
    public int Count => codes.Length;

    public static int TermId(int code) => code >> 2;
    public static SearchField Field(int code) => (SearchField)(code & 3);

    /// <summary>The terms as (text, field) pairs, in term-text order; for tests and inspection.</summary>
    public IReadOnlyList<(string Term, SearchField Field)> ToList() =>
        codes.Select(c => (vocabulary.Term(TermId(c)), Field(c))).OrderBy(p => p.Item1, StringComparer.Ordinal).ToList();
}

/// <summary>Stores an article's terms in the build cache as text (<c>"3treaty"</c>: field digit, then term), since ids are per
/// process; reading interns them into <see cref="SearchVocabulary.Shared"/>.</summary>
public sealed class SearchTermsJsonConverter : System.Text.Json.Serialization.JsonConverter<SearchTerms>
{
    public override SearchTerms Read(ref System.Text.Json.Utf8JsonReader reader, Type typeToConvert, System.Text.Json.JsonSerializerOptions options)
    {
        var terms = new List<(string, SearchField)>();
        if (reader.TokenType != System.Text.Json.JsonTokenType.StartArray) throw new System.Text.Json.JsonException("search terms: array expected");
        while (reader.Read() && reader.TokenType != System.Text.Json.JsonTokenType.EndArray)
        {
            var text = reader.GetString();
            if (text is not [>= '1' and <= '3', _, ..]) throw new System.Text.Json.JsonException("search terms: bad entry");
            terms.Add((text[1..], (SearchField)(text[0] - '0')));
        }
        return SearchVocabulary.Shared.Restore(terms);
    }

    public override void Write(System.Text.Json.Utf8JsonWriter writer, SearchTerms value, System.Text.Json.JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var (term, field) in value.ToList()) writer.WriteStringValue(((int)field).ToString(System.Globalization.CultureInfo.InvariantCulture) + term);
        writer.WriteEndArray();
    }
}
