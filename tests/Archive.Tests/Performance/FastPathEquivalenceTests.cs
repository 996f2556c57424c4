using Archive.Site;

namespace Archive.Tests.Performance;

/// <summary>Rewrites made for speed give exactly what the plain versions they replaced gave.</summary>
public sealed class FastPathEquivalenceTests
{
    /// <summary>The original, allocation-heavy <see cref="Urls.Relative"/>: the specification of the fast one.</summary>
    private static string PlainRelative(string from, string to)
    {
        var fromDir = from[..(from.LastIndexOf('/') + 1)];
        var fromParts = fromDir.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var toParts = to.Split('/');
        var common = 0;
        while (common < fromParts.Length && common < toParts.Length - 2 && fromParts[common] == toParts[common + 1]) common++;
        var up = string.Concat(Enumerable.Repeat("../", fromParts.Length - common));
        var down = string.Join('/', toParts.Skip(common + 1));
        var link = up + down;
        return link.Length == 0 ? "./" : link;
    }

    [Fact]
    public void Relative_links_match_the_plain_version_on_every_pair()
    {
        string[] urls =
        [
            "/", "/2025/", "/2025/07/", "/2025/07/11/", "/2025/07/11/a-b/", "/2025/07/12/a-b/", "/2024/07/11/a-b/",
            "/topics/diplomacy/", "/topics/diplomacy/page/3/", "/topics/economy/page/3/", "/feed.xml", "/404.html",
            "/topics/diplomacy/feed.xml", "/assets/style.css", "/on-this-day/07-11/", "/a//b/", "//", "/2025", "x",
            "/2025/07/11/a-b/index.html", "/sitemap-1.xml",
        ];
        foreach (var from in urls)
        foreach (var to in urls)
            Assert.True(PlainRelative(from, to) == Urls.Relative(from, to), $"{from} -> {to}: {PlainRelative(from, to)} vs {Urls.Relative(from, to)}");
    }
}
