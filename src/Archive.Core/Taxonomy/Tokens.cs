namespace Archive.Taxonomy;

/// <summary>Splits text into word tokens the same way for keywords and articles.</summary>
/// <remarks>
/// A token is a run of letters and digits; a dot between two letters stays inside ("U.S.", "D.C."), so
/// abbreviations match as one word. Apostrophes and hyphens split ("China's" gives "China", "s"), so
/// possessives and compounds ("China-DPRK") match their parts.
/// </remarks>
internal static class Tokens
{
    public static void Split(string text, List<Range> into)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsInnerDot(text, i))) i++;
            into.Add(start..i);
        }
    }

    public static string[] Of(string text)
    {
        var ranges = new List<Range>();
        Split(text, ranges);
        return ranges.Select(r => text[r]).ToArray();
    }

    private static bool IsInnerDot(string text, int i) =>
        text[i] == '.' && i > 0 && i + 1 < text.Length && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]);

    /// <summary>True when the token has letters and none of them is lowercase.</summary>
    public static bool IsAllCaps(ReadOnlySpan<char> token)
    {
        var letters = false;
        foreach (var c in token)
        {
            if (char.IsLower(c)) return false;
            letters |= char.IsLetter(c);
        }
        return letters;
    }
}
