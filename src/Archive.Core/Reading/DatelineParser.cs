using System.Globalization;
using System.Text.RegularExpressions;
using Archive.Model;

namespace Archive.Reading;

/// <summary>Finds the dateline that opens a wire story's first paragraph: <c>PYONGYANG, July 10 (Xinhua) -- </c>.</summary>
public static partial class DatelineParser
{
    [GeneratedRegex(
        @"^(?<place>[A-Z][A-Z.'’\- ]{1,40}?(?:,\s+[A-Z][a-z]{1,4}\.)?)" +
        @"(?:,\s*(?<month>" + DateParsing.MonthPattern + @")\s+(?<day>\d{1,2})(?:,\s*(?<year>\d{4}))?)?" +
        @"\s*(?:\((?<source>[^()]{1,40})\))?\s*(?<sep>--|—|–|-|_)\s+")]
    private static partial Regex PlaceFirst();

    [GeneratedRegex(@"^\((?<source>[^()]{1,40})\)\s*(?<sep>--|—|–|-|_)\s+")]
    private static partial Regex SourceOnly();

    /// <summary>Splits a dateline off <paramref name="paragraph"/>. The dateline's year is inferred from <paramref name="published"/>.</summary>
    public static bool TryParse(string paragraph, DateOnly? published, out Dateline dateline, out string rest)
    {
        var match = PlaceFirst().Match(paragraph);
        if (match.Success && IsPlace(match.Groups["place"].Value) && (match.Groups["source"].Success || match.Groups["month"].Success || match.Groups["sep"].Value != "-"))
        {
            dateline = new Dateline(
                match.Groups["place"].Value.Trim(),
                Date(match, published),
                match.Value,
                match.Groups["source"].Success ? match.Groups["source"].Value.Trim() : null);
            rest = paragraph[match.Length..];
            return true;
        }
        match = SourceOnly().Match(paragraph);
        if (match.Success)
        {
            dateline = new Dateline(null, null, match.Value, match.Groups["source"].Value.Trim());
            rest = paragraph[match.Length..];
            return true;
        }
        dateline = new Dateline(null, null, "", null);
        rest = paragraph;
        return false;
    }

    /// <summary>A place is mostly capitals: "PYONGYANG", "FORT WASHINGTON, Pa.", not "The".</summary>
    private static bool IsPlace(string place)
    {
        var head = place.Split(',')[0];
        var letters = head.Count(char.IsLetter);
        return letters >= 2 && head.Count(char.IsUpper) == letters;
    }

    private static DateOnly? Date(Match match, DateOnly? published)
    {
        if (!match.Groups["month"].Success || !DateParsing.TryMonth(match.Groups["month"].Value, out var month)) return null;
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        if (day is < 1 or > 31) return null;
        if (match.Groups["year"].Success)
        {
            var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
            return year is >= 1 and <= 9999 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
        }
        return published is { } reference ? DateParsing.InferYear(month, day, reference) : null;
    }
}
