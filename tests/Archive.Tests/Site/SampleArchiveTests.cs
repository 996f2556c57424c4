using Archive.Tests.TestSupport;

namespace Archive.Tests.Site;

/// <summary>The repository's own sample archive: what `dotnet run --project src/Archive.Cli -- build` builds.</summary>
public sealed class SampleArchiveTests
{
    [Fact]
    public void The_reference_article_is_the_seed_byte_for_byte()
    {
        var seed = Path.Combine(Articles.RepoRoot(), "..", "shared", "seed", "treaty-anniversary.txt");
        Assert.True(File.Exists(seed), $"the seed is expected beside the repository at {seed}");
        Assert.Equal(File.ReadAllBytes(seed), File.ReadAllBytes(Path.Combine(Articles.RepoRoot(), Articles.ReferencePath)));
    }

    [Fact]
    public void The_sample_archive_builds_with_no_errors_and_no_broken_links()
    {
        var output = Path.Combine(Path.GetTempPath(), "archive-sample-" + Guid.NewGuid().ToString("N")[..10]);
        try
        {
            var root = Articles.RepoRoot();
            var result = new ArchiveBuild().Run(new BuildOptions
            {
                ContentDir = Path.Combine(root, "content"),
                TemplatesDir = Path.Combine(root, "templates"),
                ConfigPath = Path.Combine(root, "archive.yml"),
                OutputDir = output,
            });
            var built = new BuiltSite(output, result);
            Assert.Empty(built.Errors);
            var sourceFiles = Directory.EnumerateFiles(Path.Combine(root, "content"), "*", SearchOption.AllDirectories).Count();
            Assert.Equal(sourceFiles, result.Stats.ArticlesPublished);
            Assert.True(built.Exists("2025/07/11/chinese-embassy-marks-64th-anniversary-of-signing-of-china-dprk-friendship/index.html"));
            Assert.Empty(built.BrokenInternalLinks());
        }
        finally
        {
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        }
    }
}
