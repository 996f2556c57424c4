using System.Globalization;
using System.Text;

namespace Archive.Bench.Corpus;

/// <summary>Fills the <c>{slot}</c>s of a pattern with values drawn for one article.</summary>
public sealed class Slots(Prng random, Place place, int year)
{
    private static readonly string[] Periods = ["the first quarter", "the second quarter", "the first half", "the third quarter", "the first three quarters"];
    private static readonly string[] Diseases = ["measles", "dengue fever", "tuberculosis", "influenza", "malaria", "cholera"];
    private static readonly string[] ShortCountries = ["DPRK", "Laos", "Serbia", "Pakistan", "Cambodia", "Mongolia"];

    public string Fill(string pattern)
    {
        var text = new StringBuilder(pattern.Length + 32);
        AppendFilled(text, pattern);
        return text.ToString();
    }

    public void AppendFilled(StringBuilder text, string pattern)
    {
        var start = 0;
        while (true)
        {
            var open = pattern.IndexOf('{', start);
            if (open < 0) break;
            var close = pattern.IndexOf('}', open);
            text.Append(pattern, start, open - start);
            text.Append(Value(pattern.AsSpan(open + 1, close - open - 1)));
            start = close + 1;
        }
        text.Append(pattern, start, pattern.Length - start);
    }

    private string Value(ReadOnlySpan<char> slot) => slot switch
    {
        "place" => place.Name,
        "country" => Other(place.Country),
        "country2" => random.Pick(Vocabulary.Countries),
        "short" => random.Pick(ShortCountries),
        "official" => random.Pick(Vocabulary.Officials),
        "person" => random.Pick(Vocabulary.ChineseNames),
        "n" => random.Between(12, 480).ToString(CultureInfo.InvariantCulture),
        "n2" => random.Between(3, 60).ToString(CultureInfo.InvariantCulture),
        "big" => random.Between(100, 9_900).ToString("N0", CultureInfo.InvariantCulture),
        "pct" => (random.Between(1, 149) / 10.0).ToString("0.0", CultureInfo.InvariantCulture),
        "ordinal" => Ordinal(random.Between(2, 80)),
        "weekday" => random.Pick(Vocabulary.Weekdays),
        "year" => (year + random.Between(-30, 5)).ToString(CultureInfo.InvariantCulture),
        "period" => random.Pick(Periods),
        "disease" => random.Pick(Diseases),
        "time" => $"{random.Between(0, 23):D2}:{random.Between(0, 59):D2}",
        _ => throw new InvalidOperationException($"unknown slot {{{slot}}}"),
    };

    private string Other(string country) => country.StartsWith("the United Nations", StringComparison.Ordinal) || random.Chance(0.3)
        ? random.Pick(Vocabulary.Countries)
        : country;

    public static string Ordinal(int n) => n.ToString(CultureInfo.InvariantCulture) + (n % 100 is 11 or 12 or 13 ? "th" : (n % 10) switch
    {
        1 => "st",
        2 => "nd",
        3 => "rd",
        _ => "th",
    });
}
