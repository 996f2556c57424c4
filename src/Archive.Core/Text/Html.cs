using System.Text;

namespace Archive.Text;

/// <summary>Escaping for HTML text and attributes; the output is also valid XML.</summary>
public static class Html
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        if (text.AsSpan().IndexOfAny("<>&\"'") < 0) return text;
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            });
            if (c is not ('<' or '>' or '&' or '"' or '\'')) builder.Append(c);
        }
        return builder.ToString();
    }
}
