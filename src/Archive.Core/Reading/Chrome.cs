using System.Text.RegularExpressions;

namespace Archive.Reading;

/// <summary>Lines that copying from a web page brings along: share buttons, font controls, editor tags.</summary>
public static partial class Chrome
{
    private static readonly HashSet<string> Exact = new(StringComparer.OrdinalIgnoreCase)
    {
        "Share", "Share - WeChat", "Adjust font size:", "Print E-mail", "Print", "E-mail", "Email", "Advertisement",
        "Related Stories", "Related News", "Read more", "Read More", "Enditem", "Editor's Pick", "Top News",
        "Follow us", "Comments", "Most Viewed", "Share this:", "Tweet", "Facebook", "Twitter", "WeChat",
    };

    [GeneratedRegex(@"^[\s|·•]+$|^\(Web editor:.*\)$|^\[?Editor:.*\]?$|^Enditem\.?$|^Adjust font size:.*$|^Font size:.*$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"\((?:Xinhua|Photo|AP|AFP|Reuters|CFP|China Daily|IC|VCG)(?:/[^()]+)?\)$|\(Photo(?: by|:)[^()]+\)$")]
    private static partial Regex CaptionEnd();

    public static bool IsChrome(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Length > 0 && (Exact.Contains(trimmed) || Pattern().IsMatch(trimmed));
    }

    /// <summary>A photo caption: a line ending in a credit like <c>(Xinhua/Xie Huanchi)</c>.</summary>
    public static bool IsCaption(string line) => CaptionEnd().IsMatch(line.Trim()) && line.Contains('/');
}
