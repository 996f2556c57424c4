using System.Text;

namespace Archive.Taxonomy;

/// <summary>A dateline place made fit for display, and the country it lies in when known.</summary>
public sealed record PlaceName(string Display, string? Country);

/// <summary>Normalises dateline places: <c>PYONGYANG</c> -> Pyongyang, <c>FORT WASHINGTON, Pa.</c> -> Fort Washington, Pennsylvania.</summary>
internal static class PlaceNames
{
    private static readonly HashSet<string> SmallWords =
        new(["of", "the", "and", "de", "del", "da", "do", "dos", "es", "el", "la", "le", "les", "al", "an", "y"], StringComparer.Ordinal);

    public static PlaceName Normalize(string raw, CompiledTaxonomy taxonomy)
    {
        var trimmed = raw.Trim().TrimEnd(',', ' ');
        var comma = trimmed.IndexOf(',');
        var city = (comma < 0 ? trimmed : trimmed[..comma]).Trim();
        var qualifier = comma < 0 ? null : trimmed[(comma + 1)..].Trim();

        var cityDisplay = taxonomy.SpellingOf(city) ?? (city.Any(char.IsLower) ? city : TitleCase(city));
        if (qualifier is null or "")
            return new PlaceName(cityDisplay, taxonomy.CountryOfPlace(city)?.Name);

        var country = taxonomy.CountryOfPlace(qualifier);
        var cityCountry = taxonomy.CountryOfPlace(city);
        // "ATLANTA, Ga." and "ATLANTA, Georgia" are in the U.S.; "TBILISI, Georgia" is not.
        if (UsStates.TryFind(qualifier, out var state) && (country is null || cityCountry is null || cityCountry.Name == "United States"))
            return new PlaceName($"{cityDisplay}, {state}", taxonomy.CountryOfPlace("United States")?.Name);
        var qualifierDisplay = country?.Name ?? (qualifier.Any(char.IsLower) ? qualifier : TitleCase(qualifier));
        return new PlaceName($"{cityDisplay}, {qualifierDisplay}", country?.Name ?? cityCountry?.Name);
    }

    /// <summary>UNITED NATIONS -> United Nations; RIO DE JANEIRO -> Rio de Janeiro; O'HARE -> O'Hare; BADEN-BADEN -> Baden-Baden.</summary>
    public static string TitleCase(string text)
    {
        var words = text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0) builder.Append(' ');
            if (i > 0 && SmallWords.Contains(words[i]))
            {
                builder.Append(words[i]);
                continue;
            }
            var capitalize = true;
            foreach (var c in words[i])
            {
                builder.Append(capitalize ? char.ToUpperInvariant(c) : c);
                capitalize = c is '-' or '\'' or '’' or '.';
            }
        }
        return builder.ToString();
    }
}
