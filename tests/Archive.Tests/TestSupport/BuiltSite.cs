using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Archive.Model;

namespace Archive.Tests.TestSupport;

/// <summary>The result of a test build: its diagnostics and its output files, parsed on demand.</summary>
public sealed class BuiltSite(string output, BuildResult result)
{
    private static readonly HtmlParser Parser = new();

    public BuildResult Result => result;
    public string Output => output;

    public IEnumerable<Diagnostic> Errors => result.Diagnostics.Where(d => d.Severity == Severity.Error);

    public bool Exists(string relativePath) => File.Exists(Path.Combine(output, relativePath));

    public string Text(string relativePath)
    {
        var path = Path.Combine(output, relativePath);
        Assert.True(File.Exists(path), $"expected output file {relativePath}; files: {string.Join(", ", Files().Take(40))}");
        return File.ReadAllText(path);
    }

    public IDocument Html(string relativePath) => Parser.ParseDocument(Text(relativePath));

    public void AssertFile(string relativePath, string contains) =>
        Assert.Contains(contains, Text(relativePath), StringComparison.Ordinal);

    public IReadOnlyList<string> Files() => Directory.Exists(output)
        ? Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(output, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList()
        : [];

    /// <summary>Article titles linked from a list page's article list, in page order.</summary>
    public IReadOnlyList<string> ListedTitles(string relativePath) =>
        Html(relativePath).QuerySelectorAll(".article-item-title a").Select(a => a.TextContent).ToList();

    /// <summary>Every internal href/src of every HTML page that does not resolve to a file in the output.</summary>
    public IReadOnlyList<string> BrokenInternalLinks()
    {
        var broken = new List<string>();
        foreach (var page in Files().Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            var document = Html(page);
            var pageDir = Path.GetDirectoryName(Path.Combine(output, page)) ?? output;
            foreach (var element in document.QuerySelectorAll("[href], [src]"))
            {
                var link = element.GetAttribute("href") ?? element.GetAttribute("src") ?? "";
                if (link.Length == 0 || link.StartsWith('#') || link.Contains("://") || link.StartsWith("mailto:", StringComparison.Ordinal)) continue;
                var target = link.Split('#', '?')[0];
                if (target.Length == 0) continue;
                // The 404 page links from the site's root path (it is served at any depth): "/archive/x" is "x" in the output.
                if (target.StartsWith(TestSite.BasePath, StringComparison.Ordinal)) target = target[TestSite.BasePath.Length..];
                var full = Path.GetFullPath(Path.Combine(target.StartsWith('/') ? output : pageDir, target.TrimStart('/')));
                var exists = target.EndsWith('/') ? File.Exists(Path.Combine(full, "index.html")) : File.Exists(full) || File.Exists(Path.Combine(full, "index.html"));
                if (!exists) broken.Add($"{page}: {link}");
            }
        }
        return broken;
    }
}
