using System.Diagnostics;
using Archive.Search;
using Archive.Site;
using Xunit.Abstractions;

namespace Archive.Tests.Search;

/// <summary>Build against Update with one newer (or one edited) article at a time, on a generated archive: 2,000 articles on
/// every run, <c>ARCHIVE_SEARCH_UPDATE_MEASURE=100000</c> for the figures of issue #8.</summary>
public class SearchIndexUpdateScaleTests(ITestOutputHelper output)
{
    private const int Steps = 5;

    private static int Count =>
        int.Parse(Environment.GetEnvironmentVariable("ARCHIVE_SEARCH_UPDATE_MEASURE") ?? "2000", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Updates_with_one_newer_article_each_give_the_bytes_of_a_build()
    {
        var count = Count;
        var generated = SyntheticArchive.Generate(count + Steps, seed: 2, new SearchVocabulary()).OrderBy(e => e.Published.UtcDateTime).ToList();
        MeasureAndCheck(Enumerable.Range(0, Steps + 1).Select(step => SyntheticArchive.Site(generated.Take(count + step))).ToList());
    }

    /// <summary>A typo fix a step: one article's title gains a word, a body word is replaced by another.</summary>
    [Fact]
    public void Updates_with_one_edited_article_each_give_the_bytes_of_a_build()
    {
        var count = Count;
        var vocabulary = new SearchVocabulary();
        var entries = SyntheticArchive.Generate(count, seed: 3, vocabulary).OrderBy(e => e.Published.UtcDateTime).ToList();
        var sites = new List<SiteModel> { SyntheticArchive.Site(entries) };
        var random = new Random(4);
        for (var step = 1; step <= Steps; step++)
        {
            var at = random.Next(count);
            var entry = entries[at];
            var terms = entry.SearchTerms?.ToList() ?? [];
            var dropped = terms.FirstOrDefault(t => t.Field == SearchField.Body);
            var fixedTerms = terms.Where(t => t != dropped).Append(("corrected", SearchField.Title)).Append(($"typo{step}fix", SearchField.Body))
                .GroupBy(t => t.Item1, StringComparer.Ordinal).Select(g => g.MaxBy(t => t.Item2));
            entries[at] = entry with { Title = entry.Title + " corrected", SearchTerms = vocabulary.Restore(fixedTerms) };
            sites.Add(SyntheticArchive.Site(entries));
        }
        MeasureAndCheck(sites);
    }

    /// <summary>Steps that shift ids: an article dated at two thirds of the span inserted, an old one removed, both at once.</summary>
    [Fact]
    public void Updates_with_a_back_dated_or_removed_article_give_the_bytes_of_a_build()
    {
        var count = Count;
        var vocabulary = new SearchVocabulary();
        var generated = SyntheticArchive.Generate(count + Steps, seed: 5, vocabulary);
        var entries = generated.Take(count).OrderBy(e => e.Published.UtcDateTime).ToList();
        var (first, last) = (entries[0].Published, entries[^1].Published);
        var sites = new List<SiteModel> { SyntheticArchive.Site(entries) };
        var random = new Random(6);
        for (var step = 1; step <= Steps; step++)
        {
            if (step % 3 != 2)
            {
                var published = first + (last - first) * 2 / 3 + TimeSpan.FromMinutes(random.Next(60 * 24 * 30));
                var entry = generated[count + step - 1];
                entries.Add(entry with { Published = published, Url = Urls.Article(DateOnly.FromDateTime(published.DateTime), entry.Slug) });
            }
            if (step % 3 != 1) entries.RemoveAt(random.Next(entries.Count / 3, entries.Count * 2 / 3));
            sites.Add(SyntheticArchive.Site(entries));
        }
        MeasureAndCheck(sites, updatedInPlace: false);
    }

    private void MeasureAndCheck(List<SiteModel> sites, bool updatedInPlace = true)
    {
        var clock = Stopwatch.StartNew();
        var index = SearchIndex.Build(sites[0]);
        var first = index.Files().AsParallel().Select(f => f.Content().Length).Sum(n => (long)n);
        output.WriteLine($"{sites[0].Articles.Count} articles: first build with its bytes {clock.ElapsedMilliseconds} ms");

        // As a warm serve session does: each update from the index before.
        SearchIndex previous = index;
        List<SearchIndexFile> files = [];
        List<(string Url, byte[] Bytes)> changed = [];
        for (var step = 1; step < sites.Count; step++)
        {
            GC.Collect(); // not counting this test's own garbage
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            clock.Restart();
            (previous, index) = (index, SearchIndex.Update(index, sites[step]));
            var updateMs = clock.Elapsed.TotalMilliseconds;
            files = index.Files().ToList();
            var listedMs = clock.Elapsed.TotalMilliseconds;
            changed = files.Where(f => !f.Unchanged).AsParallel().AsOrdered().Select(f => (f.Url, Bytes: f.Content())).ToList();
            output.WriteLine($"  {sites[step].Articles.Count} articles: Update {updateMs:F1} ms, + listing all {files.Count} files ({files.Count(f => f.Unchanged)} unchanged) {listedMs:F1} ms, " +
                $"+ bytes of the {changed.Count} changed ({changed.Sum(f => (long)f.Bytes.Length) / 1024.0:F0} KB) {clock.Elapsed.TotalMilliseconds:F1} ms " +
                $"(CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:F0} ms); changed by folder: " +
                string.Join(", ", changed.GroupBy(f => f.Url.Split('/')[2]).Select(g => $"{g.Key} {g.Count()}")));
            if (updatedInPlace) Assert.Contains(files, f => f.Unchanged); // updated in place, not built
        }

        clock.Restart();
        var built = SearchIndex.Build(sites[^1]);
        var buildMs = clock.Elapsed.TotalMilliseconds;
        var builtFiles = built.Files().AsParallel().AsOrdered().Select(f => (f.Url, Bytes: f.Content())).ToList();
        output.WriteLine($"  {sites[^1].Articles.Count} articles: Build {buildMs:F0} ms, with all bytes {clock.Elapsed.TotalMilliseconds:F0} ms " +
            $"({builtFiles.Count} files, {builtFiles.Sum(f => (long)f.Bytes.Length) / 1024.0 / 1024.0:F1} MiB)");

        Assert.Equal(builtFiles.Select(f => f.Url), files.Select(f => f.Url));
        var builtBytes = builtFiles.ToDictionary(f => f.Url, f => f.Bytes, StringComparer.Ordinal);
        Assert.All(changed, f => Assert.True(builtBytes[f.Url].AsSpan().SequenceEqual(f.Bytes), f.Url));
        var previousBytes = previous.Files().Where(f => builtBytes.ContainsKey(f.Url)).ToDictionary(f => f.Url, f => f.Content, StringComparer.Ordinal);
        Assert.All(files.Where(f => f.Unchanged), f => Assert.True(previousBytes[f.Url]().AsSpan().SequenceEqual(builtBytes[f.Url]), f.Url));
        Assert.True(first > 0);
    }
}
