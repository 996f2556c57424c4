using Archive.Model;

namespace Archive.Tests.TestSupport;

/// <summary>A small site written inline into a temp folder, built in-process, and inspected (Hugo's integration-test style).</summary>
public sealed class TestSite : IDisposable
{
    /// <summary>The path of the base URL that test sites are built for.</summary>
    public const string BasePath = "/archive/";

    public string Root { get; }
    public string Output => Path.Combine(Root, "_site");

    private TestSite()
    {
        Root = Path.Combine(Path.GetTempPath(), "archive-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path.Combine(Root, "content"));
    }

    public static TestSite With(params (string Path, string Text)[] files)
    {
        var site = new TestSite();
        foreach (var (path, text) in files) site.Write(path, text);
        return site;
    }

    public TestSite Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path) ?? Root);
        File.WriteAllText(path, text);
        return this;
    }

    public BuiltSite Build(Func<BuildOptions, BuildOptions>? adjust = null)
    {
        var options = new BuildOptions
        {
            ContentDir = Path.Combine(Root, "content"),
            OutputDir = Output,
            TemplatesDir = Directory.Exists(Path.Combine(Root, "templates")) ? Path.Combine(Root, "templates") : null,
            BaseUrl = "https://news.example.org" + BasePath,
        };
        var result = new ArchiveBuild().Run(adjust is null ? options : adjust(options));
        return new BuiltSite(Output, result);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
