using System.Globalization;
using System.Text.RegularExpressions;
using Archive.Model;

namespace Archive.Reading;

/// <summary>Finds the dateline that opens a wire story's first paragraph: <c>PYONGYANG, July 10 (Xinhua) -- </c>,
/// <c>WASHINGTON (AP) — </c>, <c>Berlin (dpa) - </c>, <c>GUIYANG -- </c>, <c>(AP) -- </c>.</summary>
public static partial class DatelineParser
{
    private const int MaxDatelineLength = 160;

    private const string CapsPlace = @"(?<caps>[A-Z][A-Z.'’\-]*(?:\s+[A-Z][A-Z.'’\-]*){0,4})";
    private const string MixedPlace = @"(?<mixed>[A-Z][a-z.'’\-]+(?:\s+[A-Z][a-z.'’\-]+){0,3})";
    private const string Country = @"(?:\s*\[(?<country>[A-Z][A-Za-z .'’\-]{1,30})\])?";
    private const string Region = @"(?:,\s+(?<region>[A-Z][A-Za-z.'’\-]*(?:\s+[A-Z][A-Za-z.'’\-]*){0,2}))??";
    private const string DatePart = @"(?:,?\s+(?<month>(?i:" + DateParsing.MonthPattern + @"))\s+(?<day>\d{1,2})\.?(?:,\s*(?<year>\d{4}))?)?";
    private const string Source = @"(?:\s*(?:\((?<source>[^()]{1,40})\)|/(?<source>[A-Z][^/]{0,30})/))?";
    private const string Separator = @"\s*(?<sep>--|—|–|\.-|-|_|:|\.)(?:\s+|(?<=--|—|–)(?=\S))";

    // PTI and IANS write no separator: "New Delhi, Mar 5 (PTI) The ...".
    private const string NoSeparator = @"(?<nosep>(?<=\))\s+(?=[A-Z""“‘']))";

    [GeneratedRegex(@"^(?:" + CapsPlace + "|" + MixedPlace + ")" + Country + Region + DatePart + Source + "(?:" + Separator + "|" + NoSeparator + ")")]
    private static partial Regex PlaceFirst();

    [GeneratedRegex(@"^\((?<source>[^()]{1,40})\)" + Separator)]
    private static partial Regex SourceOnly();

    // "(ANSA) - ROME, MAR 5 - ": the agency before the place.
    [GeneratedRegex(@"^\((?<source>[^()]{1,40})\)\s*(?:--|—|–|-)\s*" + CapsPlace + Region + DatePart + Separator)]
    private static partial Regex SourceThenPlace();

    // "July 10 (Reuters) - ": a date and an agency, no place.
    [GeneratedRegex(@"^(?<month>" + DateParsing.MonthPattern + @")\s+(?<day>\d{1,2})(?:,\s*(?<year>\d{4}))?\s*\((?<source>[^()]{1,40})\)" + Separator)]
    private static partial Regex DateAndSource();

    /// <summary>Splits a dateline off <paramref name="paragraph"/>. A dateline's year is inferred from <paramref name="reference"/>
    /// (the publication date): the nearest such day on or before it.</summary>
    public static bool TryParse(string paragraph, DateOnly? reference, out Dateline dateline, out string rest) =>
        TryParse(paragraph, reference, lenient: false, out dateline, out rest);

    /// <summary>As above; <paramref name="lenient"/> also accepts "TOKYO - " (a capitalised place and a single hyphen), which only
    /// a story whose byline already proved it wire copy may open with.</summary>
    public static bool TryParse(string paragraph, DateOnly? reference, bool lenient, out Dateline dateline, out string rest)
    {
        dateline = new Dateline(null, null, "", null);
        rest = paragraph;
        var head = paragraph.Length > MaxDatelineLength ? paragraph[..MaxDatelineLength] : paragraph;
        var match = PlaceFirst().Match(head);
        if (!match.Success || !(IsDateline(match) || (lenient && IsCapsHyphenDateline(match))))
        {
            match = SourceThenPlace().Match(head);
            if (match.Success && (match.Groups["caps"].Value.Count(char.IsLetter) < 2 || IsMonthName(match.Groups["caps"].Value))) match = Match.Empty;
        }
        if (match.Success)
        {
            var place = match.Groups["caps"].Success ? match.Groups["caps"].Value : match.Groups["mixed"].Value;
            if (match.Groups["region"].Success) place += ", " + match.Groups["region"].Value;
            dateline = new Dateline(place.Trim(), Date(match, reference), match.Value, SourceName(match));
            rest = paragraph[match.Length..];
            return rest.Length > 0;
        }
        match = SourceOnly().Match(head);
        if (!match.Success) match = DateAndSource().Match(head);
        if (match.Success && match.Groups["sep"].Value is not (":" or "."))
        {
            dateline = new Dateline(null, Date(match, reference), match.Value, SourceName(match));
            rest = paragraph[match.Length..];
            return rest.Length > 0;
        }
        return false;
    }

    /// <summary>Rules out what only looks like a dateline: "The minister -- who ...", "May 19 this year", a colon after a subhead.</summary>
    private static bool IsDateline(Match match)
    {
        var hasSource = match.Groups["source"].Success;
        var hasDate = match.Groups["month"].Success;
        var separator = match.Groups["sep"].Value;
        if (match.Groups["nosep"].Success) return hasSource && hasDate && !IsMonthName(match.Groups["caps"].Value + match.Groups["mixed"].Value);
        if (separator is ":" or "." or ".-" && !hasSource) return false;
        if (match.Groups["mixed"].Success)
        {
            // Mixed-case places need an agency or a date to be told apart from a sentence's subject.
            return (hasSource || (hasDate && separator is "--" or "—" or "–")) && !IsMonthName(match.Groups["mixed"].Value);
        }
        var place = match.Groups["caps"].Value;
        if (place.Count(char.IsLetter) < 2 || IsMonthName(place)) return false;
        // A bare "NATO - ..." with a single hyphen is too weak; "GUIYANG -- " and agency datelines are not.
        return hasSource || hasDate || separator is not ("-" or "_");
    }

    // "TOKYO - " and CNA's "BEIJING: ": a capitalised place and a weak separator.
    private static bool IsCapsHyphenDateline(Match match) =>
        match.Groups["caps"].Success && match.Groups["sep"].Value is "-" or ":" && match.Groups["caps"].Value.Count(char.IsLetter) >= 3 && !IsMonthName(match.Groups["caps"].Value);

    private static bool IsMonthName(string text) => DateParsing.TryMonth(text.Split(' ')[0], out _);

    private static string? SourceName(Match match) =>
        match.Groups["source"].Success ? match.Groups["source"].Value.Trim() : null;

    private static DateOnly? Date(Match match, DateOnly? reference)
    {
        if (!match.Groups["month"].Success || !DateParsing.TryMonth(match.Groups["month"].Value, out var month)) return null;
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        if (day is < 1 or > 31) return null;
        if (match.Groups["year"].Success)
        {
            var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
            return year is >= 1 and <= 9999 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
        }
        return reference is { } known ? DateParsing.InferYear(month, day, known) : null;
    }
}
