using Archive.Caching;
using Archive.Tests.TestSupport;

namespace Archive.Tests.Hardening;

/// <summary>Whatever the slugs, URLs, topic names and file names, the build writes nothing outside its output (and cache) folder.</summary>
public sealed class OutputContainmentTests
{
    private static readonly string[] Markers = ["escaped", "passwd", "share"];

    private static void WriteHostileNames(TestSite site)
    {
        var slugs = HostileInputCatalogue.HostileSlugs;
        for (var i = 0; i < slugs.Length; i++)
        {
            var key = i % 2 == 0 ? "slug" : "url";
            var value = slugs[i].Replace("'", "''");
            site.Write($"content/2024/06/slug{i}.md", $"---\ntitle: Slug {i}\ndate: 2024-06-02\n{key}: '{value}'\ntopics: ['{value}', '../{value}']\nplace: '{value}'\nsource: '{value}'\n---\nBody.\n");
        }
        foreach (var name in new[] { "..txt", "...txt", "a..b.txt", "CON.txt", "nul.text.txt", "x%2e%2e.txt", "%2e%2e%2fescaped.txt", "c:escaped.txt", "back\\slash..\\escaped.txt" })
            site.Write($"content/2024/06/{name}", Articles.Wire("Name " + name, new DateTime(2024, 6, 2, 9, 0, 0)));
        var subjects = string.Concat(slugs.Select(s => $"    '{s.Replace("'", "''")}':\n      keywords: [officials]\n"));
        site.Write("archive.yml", $"title: T\ntaxonomy:\n  subjects:\n{subjects}");
    }

    private static HashSet<string> Snapshot(string root) =>
        Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories).ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void No_file_is_created_outside_the_output_folder()
    {
        using var site = TestSite.With();
        WriteHostileNames(site);
        var outsideBefore = Markers.Select(m => File.Exists("/tmp/" + m) || Directory.Exists("/tmp/" + m)).ToList();
        var before = Snapshot(site.Root);

        var built = site.Build();

        Assert.Empty(built.Errors);
        Assert.True(built.Files().Count(f => f.StartsWith("2024/06/02/", StringComparison.Ordinal) && f.EndsWith("/index.html", StringComparison.Ordinal)) >= 20);
        var output = Path.GetFullPath(site.Output) + Path.DirectorySeparatorChar;
        var cache = Path.GetFullPath(BuildCache.FolderFor(site.Output));
        var created = Snapshot(site.Root).Except(before)
            .Where(p => !p.StartsWith(output, StringComparison.Ordinal) && p != site.Output)
            .Where(p => !(p + Path.DirectorySeparatorChar).StartsWith(Path.GetDirectoryName(cache) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .ToList();
        Assert.True(created.Count == 0, "created outside the output: " + string.Join(", ", created));
        Assert.Equal(outsideBefore, Markers.Select(m => File.Exists("/tmp/" + m) || Directory.Exists("/tmp/" + m)).ToList());
        foreach (var file in built.Files())
            Assert.Null(Archive.Output.OutputPaths.Problem(file));
    }
}
