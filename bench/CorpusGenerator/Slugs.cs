using System.Text;

namespace Archive.Bench.Corpus;

/// <summary>File-name slugs: lower-case ASCII letters and digits joined by single hyphens.</summary>
public static class Slugs
{
    public static string From(string title, int maxLength = 80)
    {
        var slug = new StringBuilder(title.Length);
        foreach (var c in title)
        {
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(char.ToLowerInvariant(c));
            else if (slug.Length > 0 && slug[^1] != '-' && c != '\'') slug.Append('-');
        }
        var text = slug.ToString().Trim('-');
        if (text.Length > maxLength) text = text[..maxLength].TrimEnd('-');
        return text.Length == 0 ? "article" : text;
    }
}
