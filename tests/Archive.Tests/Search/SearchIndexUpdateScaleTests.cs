using System.Diagnostics;
using Archive.Search;
using Xunit.Abstractions;

namespace Archive.Tests.Search;

/// <summary>Build against Update with one newer article at a time, on a generated archive: 2,000 articles on every run,
/// <c>ARCHIVE_SEARCH_UPDATE_MEASURE=100000</c> for the figures of issue #8.</summary>
public class SearchIndexUpdateScaleTests(ITestOutputHelper output)
{
    private const int Steps = 5;

    [Fact]
    public void Updates_with_one_newer_article_each_give_the_bytes_of_a_build()
    {
        var count = int.Parse(Environment.GetEnvironmentVariable("ARCHIVE_SEARCH_UPDATE_MEASURE") ?? "2000", System.Globalization.CultureInfo.InvariantCulture);
        var generated = SyntheticArchive.Generate(count + Steps, seed: 2, new SearchVocabulary()).OrderBy(e => e.Published.UtcDateTime).ToList();
        var sites = Enumerable.Range(0, Steps + 1).Select(step => SyntheticArchive.Site(generated.Take(count + step))).ToList();

        var clock = Stopwatch.StartNew();
        var index = SearchIndex.Build(sites[0]);
        var first = index.Files().AsParallel().Select(f => f.Content().Length).Sum(n => (long)n);
        output.WriteLine($"{count} articles: first build with its bytes {clock.ElapsedMilliseconds} ms");

        // As a warm serve session does: each update from the index before, one newer article at a time.
        SearchIndex previous = index;
        List<SearchIndexFile> files = [];
        List<(string Url, byte[] Bytes)> changed = [];
        for (var step = 1; step <= Steps; step++)
        {
            GC.Collect(); // not counting this test's own garbage
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            clock.Restart();
            (previous, index) = (index, SearchIndex.Update(index, sites[step]));
            var updateMs = clock.Elapsed.TotalMilliseconds;
            files = index.Files().ToList();
            var listedMs = clock.Elapsed.TotalMilliseconds;
            changed = files.Where(f => !f.Unchanged).AsParallel().AsOrdered().Select(f => (f.Url, Bytes: f.Content())).ToList();
            output.WriteLine($"  {count + step} articles: Update {updateMs:F1} ms, + listing all {files.Count} files {listedMs:F1} ms, " +
                $"+ bytes of the {changed.Count} changed ({changed.Sum(f => (long)f.Bytes.Length) / 1024.0:F0} KB) {clock.Elapsed.TotalMilliseconds:F1} ms " +
                $"(CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:F0} ms)");
        }

        clock.Restart();
        var built = SearchIndex.Build(sites[^1]);
        var buildMs = clock.Elapsed.TotalMilliseconds;
        var builtFiles = built.Files().AsParallel().AsOrdered().Select(f => (f.Url, Bytes: f.Content())).ToList();
        output.WriteLine($"  {count + Steps} articles: Build {buildMs:F0} ms, with all bytes {clock.Elapsed.TotalMilliseconds:F0} ms " +
            $"({builtFiles.Count} files, {builtFiles.Sum(f => (long)f.Bytes.Length) / 1024.0 / 1024.0:F1} MiB)");

        Assert.Equal(builtFiles.Select(f => f.Url), files.Select(f => f.Url));
        var builtBytes = builtFiles.ToDictionary(f => f.Url, f => f.Bytes, StringComparer.Ordinal);
        Assert.All(changed, f => Assert.True(builtBytes[f.Url].AsSpan().SequenceEqual(f.Bytes), f.Url));
        var previousBytes = previous.Files().Where(f => builtBytes.ContainsKey(f.Url)).ToDictionary(f => f.Url, f => f.Content, StringComparer.Ordinal);
        Assert.All(files.Where(f => f.Unchanged), f => Assert.True(previousBytes[f.Url]().AsSpan().SequenceEqual(builtBytes[f.Url]), f.Url));
        Assert.True(first > 0);
    }
}
