using System.Text.RegularExpressions;

namespace Archive.Reading;

/// <summary>Undoes what copying from web pages does to byline/time lines, before they are parsed.</summary>
internal static partial class BylineRepairs
{
    public static string Apply(string text)
    {
        // Each pattern needs a character most lines lack ('@', ':', '.'); checking for it first spares the regex scan.
        if (text.Contains('@')) text = EmailAddress().Replace(text, "");
        var hasTime = text.Contains(':');
        if (hasTime || text.Contains("Updated", StringComparison.Ordinal) || text.Contains("Modified", StringComparison.Ordinal))
            text = GluedParts().Replace(text, " ");
        if (hasTime) text = DateBarTime().Replace(text, " ");
        text = RelativeUpdate().Replace(text, "").Trim();
        if (hasTime) text = DateLastUpdatedTime().Replace(text, " ");
        return text.Contains('.') ? DomainThenTime().Replace(text, "${site} | ") : text;
    }

    // Copy from some sites glues the year to the time and appends a relative time: "July 10, 20253:20 PM GMT+8Updated 2 hours ago".
    [GeneratedRegex(@"(?<=\b(?:19|20)\d{2})(?=\d{1,2}:\d{2}\b)|(?<=\S)(?=(?:Updated|Modified)\b)")]
    private static partial Regex GluedParts();

    // "March 5, 2024 / 2:32 AM", "March 3, 2024 | 8:32 AM": a date and its time split by a slash or a bar.
    [GeneratedRegex(@"(?<=\b(?:19|20)\d{2})\s*[|/]\s*(?=\d{1,2}:\d{2}(?:\s*[AaPp]\.?\s?[Mm]\.?)?(?:\s|$))")]
    private static partial Regex DateBarTime();

    // "5 March 2012 Last updated at 03:12 GMT": the BBC's date, then the clock time of its last update.
    [GeneratedRegex(@"(?<=\b(?:19|20)\d{2})\s+Last updated at\s+(?=\d{1,2}:\d{2}\b)", RegexOptions.IgnoreCase)]
    private static partial Regex DateLastUpdatedTime();

    // "BY SARAH KIM [kim.sarah@joongang.co.kr]": the author's address is no part of the name.
    [GeneratedRegex(@"\s*[\[(<]?[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+[\])>]?")]
    private static partial Regex EmailAddress();

    // "March 3, 2020 / 8:32 AM / Updated 2 hours ago": the relative time may hang off a slash or a bar.
    [GeneratedRegex(@"\s*(?:[|/]\s*)?Updated\s+(?:\d+|an?|one)\s+(?:sec|second|min|minute|hour|day|week)s?\s+ago\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeUpdate();

    // "English.news.cn   2011-06-14 09:32:05": a site's domain and the story's time on one line, parted only by spaces.
    [GeneratedRegex(@"^(?<site>(?:www\.)?[A-Za-z][\w-]*(?:\.[\w-]+)+)\s+(?=(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\b)")]
    private static partial Regex DomainThenTime();
}
