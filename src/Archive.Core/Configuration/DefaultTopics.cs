namespace Archive.Configuration;

/// <summary>The simple keyword rules used until the taxonomy engine replaces them.</summary>
internal static class DefaultTopics
{
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Keywords =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            ["Diplomacy"] = ["embassy", "ambassador", "diplomat", "diplomats", "treaty", "bilateral", "foreign minister", "summit"],
            ["Economy"] = ["economy", "economic", "GDP", "inflation", "market", "markets", "trade", "exports", "investment"],
            ["Science and Technology"] = ["scientists", "research", "technology", "satellite", "spacecraft", "laboratory"],
            ["Sport"] = ["championship", "tournament", "match", "Olympic", "Olympics", "football", "athletes"],
            ["Health"] = ["hospital", "disease", "vaccine", "health", "patients", "epidemic"],
            ["Environment"] = ["climate", "emissions", "pollution", "wildlife", "biodiversity"],
            ["Culture"] = ["museum", "festival", "exhibition", "heritage", "film", "art"],
            ["China"] = ["China", "Chinese", "Beijing"],
            ["North Korea"] = ["DPRK", "Pyongyang", "North Korea", "Democratic People's Republic of Korea"],
        };
}
