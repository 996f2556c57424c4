using Archive.Tests.Workflow;

namespace Archive.Tests.Performance;

/// <summary>The writer keeps the previous site as the next build's starting point; that must never show in the output.</summary>
public sealed class StagingBaseTests
{
    private static string Article(string title, string body) =>
        $"---\ntitle: {title}\ndate: 2025-03-02T10:00:00+08:00\nsource: Xinhua\ntopics: [Economy]\n---\n\n{body}\n";

    private static BuildResult Build(TempFolder temp, string output, bool clean = false) => new ArchiveBuild().Run(new BuildOptions
    {
        ContentDir = temp["content"],
        OutputDir = temp[output],
        Clean = clean,
    });

    [Fact]
    public void Changes_across_builds_leave_the_current_site_untouched_and_match_a_clean_build()
    {
        using var temp = new TempFolder();
        temp.Write("content/2025/03/a.md", Article("Alpha", "First text."));
        temp.Write("content/2025/03/b.md", Article("Beta", "Second text."));
        Build(temp, "site");
        temp.Write("content/2025/03/a.md", Article("Alpha", "First text, changed."));
        Build(temp, "site");
        Assert.True(Directory.Exists(temp["site.staging"]), "the previous site is kept as the next base");
        var before = SiteTrees.Read(temp["site"]);

        // The base holds the first site; the third build updates it without writing through links into the second.
        File.Delete(temp["content/2025/03/b.md"]);
        temp.Write("content/2025/03/a.md", Article("Alpha", "First text, changed again."));
        temp.Write("content/2025/03/c.md", Article("Gamma", "Third text."));
        var third = Build(temp, "site");

        Assert.True(third.Succeeded, string.Join('\n', third.Diagnostics));
        Build(temp, "clean", clean: true);
        SiteTrees.AssertSame(temp["clean"], temp["site"]);
        // The second site, live while the third was built, is now the base: not one byte of it changed.
        Assert.Null(SiteTrees.Difference(before, SiteTrees.Read(temp["site.staging"])));
    }

    [Fact]
    public void A_base_whose_marker_does_not_match_is_not_trusted()
    {
        using var temp = new TempFolder();
        temp.Write("content/2025/03/a.md", Article("Alpha", "First text."));
        Build(temp, "site");
        temp.Write("content/2025/03/a.md", Article("Alpha", "Second text."));
        Build(temp, "site");
        // As a build killed while updating the base leaves it: a stray file, a changed one, no marker.
        File.WriteAllText(Path.Combine(temp["site.staging"], "stray.html"), "stray");
        foreach (var page in Directory.EnumerateFiles(temp["site.staging"], "index.html", SearchOption.AllDirectories))
        {
            File.Delete(page);
            File.WriteAllText(page, "damaged");
        }
        File.Delete(Path.Combine(temp["site.staging"], ".archive-site"));

        temp.Write("content/2025/03/a.md", Article("Alpha", "First text."));
        Build(temp, "site");

        Build(temp, "clean", clean: true);
        SiteTrees.AssertSame(temp["clean"], temp["site"]);
    }
}
