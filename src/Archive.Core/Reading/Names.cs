using System.Globalization;
using System.Text.RegularExpressions;

namespace Archive.Reading;

/// <summary>Author names in a byline: split on commas and "and", checked to look like names, ALL CAPS put in title case.</summary>
public static partial class Names
{
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "de", "da", "del", "della", "der", "den", "van", "von", "bin", "binti", "al", "el", "la", "le", "du", "dos", "das", "y", "ibn",
    };

    [GeneratedRegex(@"\s+(?:in|at|from|for)\s+[A-Z][\w .'-]*$")]
    private static partial Regex PlaceSuffix();

    // "Amy Hawkins Senior China correspondent": the job title after the name.
    [GeneratedRegex(@"\s+(?:(?:Senior|Chief|Deputy|Associate|Acting|Global|Foreign|Political|Economics?|Diplomatic|Security|Defen[cs]e|Technology|Business|Science|Environment|Health|Sports?|Asia|China|Europe|US|UK|Africa|Middle|East|Beijing|Washington|Tokyo|International|World|Home|Affairs|Legal|Education|Transport|Energy|Climate|Arts|Culture|Media|Social|Data|Investigations|Investigative|Staff|Pacific|Markets|Finance|Financial)\s+){0,4}(?:correspondent|editor|reporter|writer|columnist|analyst|commentator)$", RegexOptions.IgnoreCase)]
    private static partial Regex RoleSuffix();

    [GeneratedRegex(@"\s*(?:,|;|\band\b|&|\bAND\b)\s*")]
    private static partial Regex Separators();

    /// <summary>The text without a job title after a name ("Amy Hawkins Senior China correspondent" -> "Amy Hawkins").</summary>
    public static string WithoutRole(string text) => RoleSuffix().Replace(text.Trim(), "");

    /// <summary>The names in <paramref name="text"/>, or null when some part does not look like a person's name.</summary>
    public static IReadOnlyList<string>? Split(string text)
    {
        var names = new List<string>();
        foreach (var raw in Separators().Split(text))
        {
            var name = PlaceSuffix().Replace(RoleSuffix().Replace(raw.Trim(), ""), "").Trim();
            if (name.Length == 0) continue;
            if (!LooksLikeName(name)) return null;
            names.Add(NameCase(name));
        }
        return names.Count == 0 ? null : names;
    }

    /// <summary>Words of section and topic labels ("Humanitarian Aid", "Asia Pacific") that no byline name contains.</summary>
    private static readonly HashSet<string> LabelWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Aid", "Rights", "Change", "Development", "Security", "Health", "Politics", "Business", "Economy", "Sport", "Sports", "News",
        "World", "Opinion", "Culture", "Society", "Science", "Technology", "Tech", "Markets", "Climate", "Crisis", "Conflict", "Asia",
        "Pacific", "Europe", "Africa", "Americas", "Middle", "East", "Travel", "Life", "Education", "Environment", "Energy", "Trends",
        "Search", "Home", "Video", "Photos", "Analysis", "Features", "Editorial", "Diplomacy", "Defense", "Defence", "Military", "Global",
    };

    /// <summary>A place such as "Beijing" or "Hong Kong": one to three capitalised words.</summary>
    public static bool IsPlaceName(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 3 && words.All(w => char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '.' or '-' or '\'' or '’'));
    }

    private static bool LooksLikeName(string name)
    {
        if (name.Length > 40) return false;
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 5 || words.Any(LabelWords.Contains)) return false;
        return words.All(w => Particles.Contains(w) || (char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '.' or '-' or '\'' or '’')));
    }

    /// <summary>ZHANG SAN -> Zhang San; names with lower case are kept as written.</summary>
    public static string NameCase(string name) =>
        IsCapsName(name) ? string.Join(' ', name.Split(' ').Select(CapsWordCase)) : name;

    // "JOE McDONALD": AP prints the Mc/Mac prefix in lower case inside an all-caps byline.
    private static bool IsCapsName(string name) =>
        !name.Split(' ').Any(w => (w.StartsWith("Mc", StringComparison.Ordinal) ? w[2..] : w).Any(char.IsLower));

    private static string CapsWordCase(string word) =>
        word.StartsWith("Mc", StringComparison.Ordinal) && word.Length > 2 && word[2..].All(c => !char.IsLower(c))
            ? "Mc" + CultureInfo.InvariantCulture.TextInfo.ToTitleCase(word[2..].ToLowerInvariant())
            : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(word.ToLowerInvariant());
}
