namespace Archive.Taxonomy;

/// <summary>A taxonomy made ready for fast assignment: the keyword trie, term look-up, place index.</summary>
internal sealed class CompiledTaxonomy
{
    private readonly Dictionary<string, int> termsByName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> countriesByPlace = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> placeSpellings = new(StringComparer.OrdinalIgnoreCase);

    public CompiledTaxonomy(TaxonomyDefinition taxonomy)
    {
        Taxonomy = taxonomy;
        var weakFactor = taxonomy.Settings.WeakFactor;
        for (var index = 0; index < taxonomy.Terms.Count; index++)
        {
            var term = taxonomy.Terms[index];
            termsByName.TryAdd(term.Name, index);
            var weak = new HashSet<string>(term.Weak, StringComparer.Ordinal);
            foreach (var keyword in term.AllKeywords().Distinct(StringComparer.Ordinal))
                AddRule(index, keyword, weak.Contains(keyword) ? weakFactor : 1.0);
            if (term.Kind == TermKind.Country) IndexPlaces(term, index);
        }
        foreach (var phrase in taxonomy.Ignore) AddRule(-1, phrase, 0);
        // Second pass, so that a full name always wins over another term's short name or alias.
        for (var index = 0; index < taxonomy.Terms.Count; index++)
            foreach (var name in OtherNames(taxonomy.Terms[index])) termsByName.TryAdd(name, index);
    }

    /// <summary>Names an editor may write in front matter for a term: "Economy" for "Economy and Business", "DPRK" for North Korea.</summary>
    private static IEnumerable<string> OtherNames(TermDefinition term)
    {
        if (term.Kind == TermKind.Subject)
        {
            var and = term.Name.IndexOf(" and ", StringComparison.Ordinal);
            if (and > 0) yield return term.Name[..and];
            yield break;
        }
        foreach (var alias in term.Aliases) yield return alias;
    }

    public TaxonomyDefinition Taxonomy { get; }
    public KeywordMatcher Matcher { get; } = new();

    public TermDefinition? FindTerm(string name) =>
        termsByName.TryGetValue(name.Trim(), out var index) ? Taxonomy.Terms[index] : null;

    public int? TermIndex(string name) => termsByName.TryGetValue(name.Trim(), out var index) ? index : null;

    /// <summary>The country a place name (city, capital, country name or alias) belongs to, or null.</summary>
    public TermDefinition? CountryOfPlace(string place) =>
        countriesByPlace.TryGetValue(place.Trim(), out var index) ? Taxonomy.Terms[index] : null;

    /// <summary>The taxonomy's own spelling of a place ("Dar es Salaam" for "DAR ES SALAAM"), or null.</summary>
    public string? SpellingOf(string place) => placeSpellings.GetValueOrDefault(place.Trim());

    private void AddRule(int term, string keyword, double weight)
    {
        var tokens = Tokens.Of(keyword);
        if (tokens.Length == 0) return;
        Matcher.Add(new KeywordRule(term, keyword, tokens, weight, keyword.Any(char.IsUpper)));
    }

    private void IndexPlaces(TermDefinition term, int index)
    {
        foreach (var place in term.PlaceNames())
        {
            countriesByPlace.TryAdd(place, index);
            placeSpellings.TryAdd(place, place);
        }
    }
}
