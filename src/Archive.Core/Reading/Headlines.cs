namespace Archive.Reading;

/// <summary>A headline for copy that has none: the lede's first sentence, bounded.</summary>
public static class Headlines
{
    private const int MaxLength = 120;

    public static string FromLede(string lede)
    {
        var end = SentenceEnd(lede);
        var sentence = (end > 0 ? lede[..end] : lede).Trim();
        if (sentence.Length <= MaxLength) return sentence.Length == 0 ? "Untitled" : sentence;
        var cut = sentence.LastIndexOf(' ', MaxLength);
        return sentence[..(cut > MaxLength / 2 ? cut : MaxLength)].TrimEnd(',', ';', ' ') + "…";
    }

    /// <summary>Index of the full stop that ends the first sentence: one followed by a space and a capital, not "U.S. " or "Mr. ".</summary>
    private static int SentenceEnd(string text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            if (text[i] is not ('.' or '!' or '?')) continue;
            if (i + 1 == text.Length) return i;
            if (text[i + 1] != ' ' || i + 2 >= text.Length || !char.IsUpper(text[i + 2])) continue;
            var wordStart = text.LastIndexOf(' ', i - 1) + 1;
            var word = text[wordStart..i];
            if (word.Length <= 3 && char.IsUpper(word[0]) && (word.Length <= 2 || word.Contains('.') || word is "Mrs" or "Gen" or "Sen" or "Rep" or "Gov")) continue;
            return i;
        }
        return -1;
    }
}
