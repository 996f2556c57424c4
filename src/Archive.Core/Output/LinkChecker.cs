using System.Text.RegularExpressions;
using Archive.Model;

namespace Archive.Output;

/// <summary>Checks every internal link (href, src) of a built site's HTML pages: each must name a file of the site.</summary>
public static partial class LinkChecker
{
    [GeneratedRegex("""(?:href|src)\s*=\s*"([^"]*)"|(?:href|src)\s*=\s*'([^']*)'""", RegexOptions.IgnoreCase)]
    private static partial Regex LinkAttribute();

    public static IReadOnlyList<Diagnostic> Check(string siteDir)
    {
        var diagnostics = new DiagnosticBag();
        var root = Path.GetFullPath(siteDir);
        if (!Directory.Exists(root))
        {
            diagnostics.Error(new SourceLocation(siteDir), "the site folder does not exist; build it first");
            return diagnostics.Sorted();
        }
        foreach (var page in Directory.EnumerateFiles(root, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var display = Path.Combine(siteDir, Path.GetRelativePath(root, page)).Replace('\\', '/');
            var lines = File.ReadAllLines(page);
            for (var line = 0; line < lines.Length; line++)
                foreach (Match match in LinkAttribute().Matches(lines[line]))
                {
                    var link = System.Net.WebUtility.HtmlDecode(match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value);
                    if (Problem(root, page, link) is { } problem)
                        diagnostics.Error(new SourceLocation(display, line + 1, match.Index + 1), $"broken link '{link}': {problem}");
                }
        }
        return diagnostics.Sorted();
    }

    private static string? Problem(string root, string page, string link)
    {
        var target = link.Split('#')[0].Split('?')[0];
        if (target.Length == 0 || link.StartsWith("//", StringComparison.Ordinal) || Uri.TryCreate(link, UriKind.Absolute, out var absolute) && absolute.Scheme != "file")
            return null;
        var path = target.StartsWith('/')
            ? Path.Combine(root, Uri.UnescapeDataString(target.TrimStart('/')))
            : Path.Combine(Path.GetDirectoryName(page) ?? root, Uri.UnescapeDataString(target));
        var full = Path.GetFullPath(path);
        if (!full.StartsWith(root, StringComparison.Ordinal)) return "it leads outside the site";
        if (File.Exists(full)) return null;
        if (Directory.Exists(full) && File.Exists(Path.Combine(full, "index.html"))) return null;
        return "no such file in the site";
    }
}
