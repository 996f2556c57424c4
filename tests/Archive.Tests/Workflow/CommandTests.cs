using Archive.Cli.Commands;

namespace Archive.Tests.Workflow;

/// <summary>`new`, `init` and `check` through the real command line.</summary>
public sealed class CommandTests
{
    [Fact]
    public void New_writes_a_dated_unique_file_that_builds_into_an_article()
    {
        using var temp = new TempFolder();
        var first = CliProcess.Run(temp.Path, "new", "Rain returns to the plains", "--source", "AP", "--format", "txt", "--date", "2025-07-11T10:20:00+08:00");
        var second = CliProcess.Run(temp.Path, "new", "Rain returns to the plains", "--format", "md", "--date", "2025-07-11T11:00:00+08:00");
        var third = CliProcess.Run(temp.Path, "new", "Rain returns to the plains", "--format", "md", "--date", "2025-07-11T12:00:00+08:00");

        Assert.Equal("content/2025/07/rain-returns-to-the-plains.txt", first.Output.Trim());
        Assert.Equal("content/2025/07/rain-returns-to-the-plains.md", second.Output.Trim());
        Assert.Equal("content/2025/07/rain-returns-to-the-plains-2.md", third.Output.Trim());
        var result = new ArchiveBuild().Run(new BuildOptions { ContentDir = temp["content"], OutputDir = temp["site"] });
        Assert.Equal(3, result.Stats.ArticlesPublished);
        Assert.All(result.Site?.Articles ?? [], a => Assert.Equal(new DateOnly(2025, 7, 11), a.LocalDate));
    }

    [Fact]
    public void Init_makes_an_archive_that_checks_clean_and_builds()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, CliProcess.Run(temp.Path, "init", "news").ExitCode);
        Assert.Contains("#", File.ReadAllText(temp["news/archive.yml"]));
        Assert.True(File.Exists(temp["news/templates/README.md"]));
        Assert.Single(Directory.GetFiles(temp["news/content"], "*.txt", SearchOption.AllDirectories));
        Assert.Single(Directory.GetFiles(temp["news/content"], "*.md", SearchOption.AllDirectories));

        var check = CliProcess.Run(temp["news"], "check");
        Assert.True(check.ExitCode == 0, check.Errors);
        Assert.False(Directory.Exists(temp["news/_site"]));
        Assert.Equal(0, CliProcess.Run(temp["news"], "build").ExitCode);
        Assert.Equal(0, CliProcess.Run(temp["news"], "check", "--links").ExitCode);
        Assert.Equal(1, CliProcess.Run(temp.Path, "init", "news").ExitCode);
    }

    [Fact]
    public void Check_lists_diagnostics_and_fails_on_errors_and_broken_links()
    {
        using var temp = new TempFolder();
        temp.Write("content/2025/07/broken.md", "---\ntitle: [unclosed\n---\nBody\n");
        temp.Write("templates/home.html", "{{ if }}");
        var check = CliProcess.Run(temp.Path, "check");
        Assert.Equal(1, check.ExitCode);
        Assert.Matches(@"content/2025/07/broken\.md\(\d+,\d+\): error: ", check.Errors);
        Assert.Matches(@"templates/home\.html\(\d+,\d+\): error: ", check.Errors);

        temp.Write("_site/.archive-site", "x");
        temp.Write("_site/index.html", "<a href=\"2025/\">x</a><a href=\"https://example.org/\">y</a>");
        var links = CliProcess.Run(temp.Path, "check", "--links", "--content", "nothing-here");
        Assert.Matches(@"_site/index\.html\(1,\d+\): error: broken link '2025/'", links.Errors);
        Assert.DoesNotContain("example.org", links.Errors);
    }

    [Fact]
    public void New_markdown_quotes_the_title_so_yaml_reads_it_back()
    {
        var text = NewArticle.Markdown("Say \"no\": the vote", "AP", new DateTimeOffset(2025, 7, 11, 10, 0, 0, TimeSpan.Zero));
        Assert.Contains("title: \"Say \\\"no\\\": the vote\"", text);
        Assert.Contains("date: 2025-07-11T10:00:00+00:00", text);
    }
}
