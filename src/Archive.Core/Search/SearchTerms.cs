namespace Archive.Search;

/// <summary>Where in an article a term was found; the best place wins and ranks the article.</summary>
public enum SearchField { Body = 1, Lede = 2, Title = 3 }

/// <summary>
/// The distinct terms of one article, kept compactly from the first read so the index never needs the bodies again:
/// each code is <c>termId &lt;&lt; 2 | field</c>, term ids from the shared <see cref="SearchVocabulary"/>.
/// </summary>
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
