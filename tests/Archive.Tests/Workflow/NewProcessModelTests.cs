using System.Globalization;

namespace Archive.Tests.Workflow;

/// <summary>
/// A build in a new process compares the new site model with the model of the site in the output folder, made again from the
/// content cache, when the page cache proves the site was rendered from it: only the pages of what changed are rendered.
/// </summary>
public sealed class NewProcessModelTests
{
    private static readonly DateTime First = new(2024, 1, 1, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_new_process_adding_one_article_renders_a_few_pages_and_builds_what_a_clean_build_does()
    {
        using var temp = new TempFolder();
        for (var n = 0; n < 40; n++) Write(temp, n);
        var first = new RenderJobCount();
        Assert.True(new ArchiveBuild().Run(Options(temp, "site") with { Progress = first }).Succeeded);

        Write(temp, 40);
        var jobs = new RenderJobCount();
        var rebuilt = new ArchiveBuild().Run(Options(temp, "site") with { Progress = jobs });
        Assert.True(new ArchiveBuild().Run(Options(temp, "clean") with { Clean = true }).Succeeded);

        SiteTrees.AssertSame(temp["clean"], temp["site"]);
        // Without the model of the site in the output folder, every page is a render job (to fingerprint it).
        Assert.True(jobs.Total * 2 < first.Total, $"{jobs.Total} render jobs of {first.Total}");
        Assert.True(rebuilt.Stats.PagesSkipped > 40);
    }

    [Fact]
    public void A_build_whose_render_failed_leaves_no_trusted_model_and_the_next_builds_what_a_clean_build_does()
    {
        using var temp = new TempFolder();
        for (var n = 0; n < 20; n++) Write(temp, n);
        Assert.True(new ArchiveBuild().Run(Options(temp, "site")).Succeeded);

        // The content cache is saved with the new article; the site is not written: the template fails.
        Write(temp, 20);
        temp.Write("templates/404.html", "<h1>{{ if }}</h1>\n");
        Assert.False(new ArchiveBuild().Run(Options(temp, "site")).Succeeded);
        Directory.Delete(temp["templates"], recursive: true);

        // The theme and config are those of the site in the output folder again; its content is not.
        Assert.True(new ArchiveBuild().Run(Options(temp, "site")).Succeeded);
        Assert.True(new ArchiveBuild().Run(Options(temp, "clean") with { Clean = true }).Succeeded);

        SiteTrees.AssertSame(temp["clean"], temp["site"]);
    }

    [Fact]
    public void A_new_process_after_a_theme_change_renders_the_pages_again()
    {
        using var temp = new TempFolder();
        for (var n = 0; n < 10; n++) Write(temp, n);
        Assert.True(new ArchiveBuild().Run(Options(temp, "site")).Succeeded);

        // The content is unchanged (its model is that of the site), but the site was rendered with another theme.
        var article = File.ReadAllText(Path.Combine(TestSupport.Articles.RepoRoot(), "templates", "article.html"));
        temp.Write("templates/article.html", article + "<!-- a theme change -->\n");
        Assert.True(new ArchiveBuild().Run(Options(temp, "site")).Succeeded);
        Assert.True(new ArchiveBuild().Run(Options(temp, "clean") with { Clean = true }).Succeeded);

        SiteTrees.AssertSame(temp["clean"], temp["site"]);
    }

    private static BuildOptions Options(TempFolder temp, string output) => new()
    {
        ContentDir = temp["content"],
        OutputDir = temp[output],
        TemplatesDir = Directory.Exists(temp["templates"]) ? temp["templates"] : null,
    };

    /// <summary>An article a week, older than the build by far (the reader's fast path trusts its time).</summary>
    private static void Write(TempFolder temp, int n)
    {
        var published = First.AddDays(7 * n);
        var path = temp.Write($"content/{published:yyyy}/{published:MM}/a{n:D3}.md", string.Create(CultureInfo.InvariantCulture, $"""
            ---
            title: Story {n}
            date: {published:yyyy-MM-dd'T'HH:mm:ss'+00:00'}
            source: Xinhua
            topics:
              - {(n % 2 == 0 ? "Economy" : "Health")}
            place: Seoul
            ---

            Paragraph {n} of the story.
            """));
        File.SetLastWriteTimeUtc(path, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(n));
    }
}
