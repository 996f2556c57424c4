namespace Archive.Tests.Search;

/// <summary>The search files of a real build of the sample archive.</summary>
public sealed class SearchSiteTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "archive-search-site-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void The_index_is_byte_identical_whatever_the_number_of_threads()
    {
        var one = Build("one", parallelism: 1);
        var four = Build("four", parallelism: 4);
        Assert.NotEmpty(one);
        Assert.Contains("search/meta.json", one.Keys);
        Assert.Contains("search/index.html", one.Keys);
        Assert.Equal(one.Keys.Order(StringComparer.Ordinal), four.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in one) Assert.True(bytes.AsSpan().SequenceEqual(four[path]), path);
    }

    private Dictionary<string, byte[]> Build(string name, int parallelism)
    {
        var output = Path.Combine(root, name);
        var result = new ArchiveBuild().Run(new BuildOptions { ContentDir = Path.Combine(SearchBrowserTests.RepositoryRoot(), "content"), OutputDir = output, MaxParallelism = parallelism });
        Assert.True(result.Stats.SiteWritten, string.Join('\n', result.Diagnostics));
        var search = Path.Combine(output, "search");
        return Directory.EnumerateFiles(search, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(output, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
    }
}
