using Archive.Model;
using Archive.Reading;

namespace Archive.Tests.Taxonomy;

/// <summary>Finds the taxonomy fixtures and reads articles the way the build does.</summary>
internal static class TaxonomyTestData
{
    public static string FixtureDir { get; } = Find();

    public static Article Read(string relativePath, SiteConfig? config = null)
    {
        var text = File.ReadAllText(Path.Combine(FixtureDir, relativePath));
        return Parse(relativePath, text, config);
    }

    public static Article Parse(string path, string text, SiteConfig? config = null)
    {
        var file = new SourceFile(path, text);
        IArticleReader reader = path.EndsWith(".md", StringComparison.Ordinal) ? new MarkdownReader() : new PlainTextReader();
        var article = reader.Read(file, config ?? SiteConfig.Default, new DiagnosticBag());
        Assert.NotNull(article);
        return article;
    }

    /// <summary>An article built directly, for tests about the scoring rather than the readers.</summary>
    public static Article Make(string title, params string[] paragraphs) => new()
    {
        SourcePath = "test.txt",
        Format = ContentFormat.PlainText,
        Title = title,
        Paragraphs = paragraphs,
    };

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "tests", "Fixtures", "taxonomy"))) dir = dir.Parent;
        return dir is null ? throw new DirectoryNotFoundException("tests/Fixtures/taxonomy") : Path.Combine(dir.FullName, "tests", "Fixtures", "taxonomy");
    }
}
