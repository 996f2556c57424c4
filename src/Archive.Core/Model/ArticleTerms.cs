namespace Archive.Model;

/// <summary>The terms an article is filed under: subjects, countries, the place of its dateline, its source.</summary>
/// <param name="Topics">Subject topics (Diplomacy, Sport, ...), front matter first, then inferred.</param>
/// <param name="Countries">Countries and regions the article is about.</param>
/// <param name="Place">The dateline place for display (Pyongyang), or null.</param>
/// <param name="Source">The canonical source (Xinhua), or null.</param>
public sealed record ArticleTerms(IReadOnlyList<string> Topics, IReadOnlyList<string> Countries, string? Place, string? Source)
{
    /// <summary>The country the place lies in (North Korea for Pyongyang), or null when unknown.</summary>
    public string? PlaceCountry { get; init; }

    public static ArticleTerms None { get; } = new([], [], null, null);
}
