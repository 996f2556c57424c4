namespace Archive.Taxonomy;

/// <summary>What kind of term a taxonomy entry is.</summary>
public enum TermKind { Subject, Region, Country }

/// <summary>One topic, region or country: its display name and the words that are evidence for it.</summary>
public sealed record TermDefinition
{
    public required string Name { get; init; }
    public required TermKind Kind { get; init; }
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public IReadOnlyList<string> Demonyms { get; init; } = [];
    public string? Capital { get; init; }
    public IReadOnlyList<string> Cities { get; init; } = [];
    /// <summary>Ambiguous keywords ("Georgia", "Jordan"): they count <see cref="TaxonomySettings.WeakFactor"/> of a match.</summary>
    public IReadOnlyList<string> Weak { get; init; } = [];

    /// <summary>Every phrase that is evidence: a country's or region's own name, then keywords, aliases, demonyms, cities.</summary>
    public IEnumerable<string> AllKeywords()
    {
        if (Kind != TermKind.Subject) yield return Name;
        foreach (var keyword in Keywords.Concat(Aliases).Concat(Demonyms)) yield return keyword;
        if (Capital is not null) yield return Capital;
        foreach (var city in Cities) yield return city;
        foreach (var weak in Weak) yield return weak;
    }

    /// <summary>Names a dateline place may have that link it to this country.</summary>
    public IEnumerable<string> PlaceNames()
    {
        yield return Name;
        foreach (var alias in Aliases) yield return alias;
        if (Capital is not null) yield return Capital;
        foreach (var city in Cities) yield return city;
    }
}
