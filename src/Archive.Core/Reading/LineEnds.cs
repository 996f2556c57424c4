namespace Archive.Reading;

/// <summary>Text normalisation every reader applies first: LF line ends, no tabs or trailing spaces.</summary>
public static class LineEnds
{
    public static string Normalize(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        return text.Replace("\r\n", "\n").Replace('\r', '\n').Replace('\t', ' ');
    }
}
