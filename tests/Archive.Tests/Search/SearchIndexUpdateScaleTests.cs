using System.Diagnostics;
using Archive.Search;
using Xunit.Abstractions;

namespace Archive.Tests.Search;

/// <summary>Build against Update with one newer article, on a generated archive: 2,000 articles on every run,
/// <c>ARCHIVE_SEARCH_UPDATE_MEASURE=100000</c> for the figures of issue #8.</summary>
public class SearchIndexUpdateScaleTests(ITestOutputHelper output)
{
    [Fact]
    public void Update_with_one_newer_article_produces_few_files_and_the_same_bytes_as_a_build()
    {
        var count = int.Parse(Environment.GetEnvironmentVariable("ARCHIVE_SEARCH_UPDATE_MEASURE") ?? "2000", System.Globalization.CultureInfo.InvariantCulture);
        var generated = SyntheticArchive.Generate(count + 1, seed: 2, new SearchVocabulary()).OrderBy(e => e.Published.UtcDateTime).ToList();
        var before = SyntheticArchive.Site(generated.Take(count));
        var after = SyntheticArchive.Site(generated);

        var clock = Stopwatch.StartNew();
        var previous = SearchIndex.Build(before);
        var previousFiles = previous.Files().AsParallel().Select(f => (f.Url, Bytes: f.Content())).ToDictionary(f => f.Url, f => f.Bytes, StringComparer.Ordinal);
        output.WriteLine($"{count} articles: previous build {clock.ElapsedMilliseconds} ms with its bytes");

        clock.Restart();
        var built = SearchIndex.Build(after);
        var buildMs = clock.Elapsed.TotalMilliseconds;
        var builtFiles = built.Files().AsParallel().AsOrdered().Select(f => (f.Url, Bytes: f.Content())).ToList();
        var buildBytesMs = clock.Elapsed.TotalMilliseconds;

        var updates = new List<(double Update, double Listed, double Bytes)>();
        List<SearchIndexFile> files = [];
        List<(string Url, byte[] Bytes)> changed = [];
        for (var run = 0; run < 5; run++)
        {
            clock.Restart();
            var updated = SearchIndex.Update(previous, after);
            var updateMs = clock.Elapsed.TotalMilliseconds;
            files = updated.Files().ToList();
            var listedMs = clock.Elapsed.TotalMilliseconds;
            changed = files.Where(f => !f.Unchanged).AsParallel().AsOrdered().Select(f => (f.Url, Bytes: f.Content())).ToList();
            updates.Add((updateMs, listedMs, clock.Elapsed.TotalMilliseconds));
        }
        output.WriteLine($"{count} + 1 articles: Build {buildMs:F0} ms, with all bytes {buildBytesMs:F0} ms ({builtFiles.Count} files, " +
            $"{builtFiles.Sum(f => (long)f.Bytes.Length) / 1024.0 / 1024.0:F1} MiB)");
        foreach (var (update, listed, bytes) in updates)
            output.WriteLine($"  Update {update:F1} ms, + listing every file {listed:F1} ms, + bytes of the changed files {bytes:F1} ms");
        output.WriteLine($"  {changed.Count} of {files.Count} files not Unchanged, {changed.Sum(f => (long)f.Bytes.Length) / 1024.0:F0} KB");

        Assert.Equal(builtFiles.Select(f => f.Url), files.Select(f => f.Url));
        var builtBytes = builtFiles.ToDictionary(f => f.Url, f => f.Bytes, StringComparer.Ordinal);
        Assert.All(changed, f => Assert.True(builtBytes[f.Url].AsSpan().SequenceEqual(f.Bytes), f.Url));
        Assert.All(files.Where(f => f.Unchanged), f => Assert.True(previousFiles[f.Url].AsSpan().SequenceEqual(builtBytes[f.Url]), f.Url));
    }
}
