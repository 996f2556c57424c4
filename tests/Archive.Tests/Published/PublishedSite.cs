using Archive.Model;

namespace Archive.Tests.Published;

/// <summary>A site built into a temporary folder for assertions on its files; deleted on dispose.</summary>
internal sealed class PublishedSite : IDisposable
{
    public const string BaseUrl = "https://example.org/news/";

    private PublishedSite(string root, BuildResult result)
    {
        Root = root;
        Result = result;
    }

    public string Root { get; }
    public string Output => Path.Combine(Root, "out");
    public BuildResult Result { get; }

    /// <summary>Writes <paramref name="files"/> (paths under the site folder, e.g. <c>content/2025/07/a.md</c>) and builds.</summary>
    public static PublishedSite Build(params (string Path, string Text)[] files)
    {
        var root = Path.Combine(Path.GetTempPath(), "archive-published-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "content"));
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full) ?? root);
            File.WriteAllText(full, text);
        }
        return new PublishedSite(root, Run(Path.Combine(root, "content"), Path.Combine(root, "out")));
    }

    /// <summary>Builds the repository's sample archive.</summary>
    public static PublishedSite BuildSample()
    {
        var root = Path.Combine(Path.GetTempPath(), "archive-sample-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        return new PublishedSite(root, Run(RepoPaths.Content, Path.Combine(root, "out")));
    }

    public static BuildResult Run(string contentDir, string outputDir)
    {
        var result = new ArchiveBuild().Run(new BuildOptions { ContentDir = contentDir, OutputDir = outputDir, BaseUrl = BaseUrl });
        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()).ToList();
        Assert.True(errors.Count == 0, "build failed:\n" + string.Join("\n", errors));
        return result;
    }

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Output, relativePath));

    public bool Exists(string relativePath) => File.Exists(Path.Combine(Output, relativePath));

    /// <summary>Every HTML file of the output, as paths relative to it with '/' separators.</summary>
    public IReadOnlyList<string> HtmlFiles() => Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/'))
        .Order(StringComparer.Ordinal)
        .ToList();

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>The sample archive built once for a test class.</summary>
public sealed class SampleSiteFixture : IDisposable
{
    internal PublishedSite Site { get; } = PublishedSite.BuildSample();

    public void Dispose() => Site.Dispose();
}
