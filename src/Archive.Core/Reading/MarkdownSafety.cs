using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Archive.Reading;

/// <summary>Removes link and image URLs whose scheme could run script (javascript:, vbscript:, data: other than images).</summary>
internal static class MarkdownSafety
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto", "ftp", "tel"];

    public static void NeutralizeUnsafeLinks(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsSafe(link.Url)) link.Url = "#";
        }
        foreach (var link in document.Descendants<AutolinkInline>())
        {
            if (!IsSafe(link.Url)) link.Url = "#";
        }
    }

    public static bool IsSafe(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return true;
        // Browsers ignore control characters and spaces inside a scheme ("java\tscript:"), so strip them before looking.
        var compact = new string(url.Where(c => c > ' ').ToArray());
        var colon = compact.IndexOf(':');
        if (colon < 0) return true;
        var slash = compact.IndexOfAny(['/', '?', '#']);
        if (slash >= 0 && slash < colon) return true;
        var scheme = compact[..colon].ToLowerInvariant();
        return SafeSchemes.Contains(scheme);
    }
}
