namespace Archive.Search;

/// <summary>Where in an article a term was found; the best place wins and ranks the article.</summary>
public enum SearchField { Body = 1, Lede = 2, Title = 3 }

/// <summary>
/// The distinct terms of one article, kept compactly from the first read so the index never needs the bodies again:
/// each code is <c>termId &lt;&lt; 2 | field</c>, term ids from the shared <see cref="SearchVocabulary"/>.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(SearchTermsJsonConverter))]
public sealed class SearchTerms
{
    private readonly SearchVocabulary vocabulary;
    private int[]? codes;

    public SearchTerms(SearchVocabulary vocabulary, int[] codes)
    {
        this.vocabulary = vocabulary;
        this.codes = codes;
    }

    /// <summary>Terms read from the build cache, interned on first use (the index uses them in the background, not the load).</summary>
    internal SearchTerms(SearchVocabulary vocabulary, string cacheText)
    {
        this.vocabulary = vocabulary;
        CacheText = cacheText;
    }

    public SearchVocabulary Vocabulary => vocabulary;
    public ReadOnlySpan<int> Codes => codes ??= vocabulary.Decode(CacheText ?? "");
    public int Count => Codes.Length;

    /// <summary>The terms as the build cache stores them, kept once made or read: a rebuild writes them again unchanged.</summary>
    internal string? CacheText { get; set; }

    public static int TermId(int code) => code >> 2;
    public static SearchField Field(int code) => (SearchField)(code & 3);

    /// <summary>The terms as (text, field) pairs, in term-text order; for tests and inspection.</summary>
    public IReadOnlyList<(string Term, SearchField Field)> ToList()
    {
        var all = Codes.ToArray();
        return vocabulary.Terms(all).Select((term, i) => (term, Field(all[i]))).OrderBy(p => p.term, StringComparer.Ordinal).ToList();
    }

    /// <summary>Whether a cache text has the form <c>"3treaty 1accord"</c> (checked on load, so a bad cache is never used).</summary>
    internal static bool IsWellFormed(string text)
    {
        if (text.Length == 0) return true;
        foreach (var range in text.AsSpan().Split(' '))
        {
            var item = text.AsSpan(range);
            if (item is not [>= '1' and <= '3', _, ..]) return false;
        }
        return true;
    }
}

/// <summary>Stores an article's terms in the build cache as one text (<c>"3treaty 1accord"</c>: field digit then term, space
/// separated; terms never contain spaces), since ids are per process; reading interns them into <see cref="SearchVocabulary.Shared"/>.</summary>
/// <remarks>One string per article rather than one per term: at 100k articles that is 100k JSON values instead of 20 million.</remarks>
public sealed class SearchTermsJsonConverter : System.Text.Json.Serialization.JsonConverter<SearchTerms>
{
    public override SearchTerms Read(ref System.Text.Json.Utf8JsonReader reader, Type typeToConvert, System.Text.Json.JsonSerializerOptions options)
    {
        if (reader.TokenType != System.Text.Json.JsonTokenType.String) throw new System.Text.Json.JsonException("search terms: string expected");
        var text = reader.GetString() ?? "";
        if (!SearchTerms.IsWellFormed(text)) throw new System.Text.Json.JsonException("search terms: bad entry");
        return new SearchTerms(SearchVocabulary.Shared, text);
    }

    public override void Write(System.Text.Json.Utf8JsonWriter writer, SearchTerms value, System.Text.Json.JsonSerializerOptions options) =>
        writer.WriteStringValue(value.CacheText ??= Text(value));

    private static string Text(SearchTerms value)
    {
        var text = new System.Text.StringBuilder(value.Count * 10);
        var terms = value.Vocabulary.Terms(value.Codes);
        for (var i = 0; i < terms.Length; i++)
        {
            if (i > 0) text.Append(' ');
            text.Append((char)('0' + (int)SearchTerms.Field(value.Codes[i]))).Append(terms[i]);
        }
        return text.ToString();
    }
}
