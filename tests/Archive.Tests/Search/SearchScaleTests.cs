using System.Diagnostics;
using Archive.Search;
using Xunit.Abstractions;

namespace Archive.Tests.Search;

/// <summary>The per-query download bound on a generated archive, and (on request) the figures for the README.</summary>
public class SearchScaleTests(ITestOutputHelper output)
{
    private const long QueryBudget = 300 * 1024;

    /// <summary>Common, middling and rare words, alone, together, quoted and filtered: the most expensive kinds of query.</summary>
    private static IEnumerable<(string Query, string? Topic, int? Year)> Queries()
    {
        string W(int rank) => SyntheticArchive.Word(rank);
        yield return (W(0), null, null);
        yield return (W(1), "economy", null);
        yield return ($"{W(0)} {W(1)} {W(2)} {W(3)} {W(4)} {W(5)}", "trade", null);
        yield return ($"{W(0)} {W(1)} {W(2)} {W(3)} {W(4)} {W(5)} {W(6)} {W(7)}", "diplomacy", 2020);
        yield return ($"\"{W(10)} {W(11)}\" {W(12)}", null, 2018);
        yield return ($"{W(150)} {W(2000)}", null, null);
        yield return (W(40_000), "sport", null);
        yield return ("", "health", 2024);
        yield return ("", "culture", null);
    }

    [Fact]
    public void A_query_on_ten_thousand_articles_downloads_at_most_300_KB()
    {
        var index = SearchIndex.Build(SyntheticArchive.Site(SyntheticArchive.Generate(10_000, seed: 1, new SearchVocabulary())));
        var query = SearchQueryPort.From(index);
        foreach (var (text, topic, year) in Queries())
        {
            var result = query.Run(text, topic, year);
            output.WriteLine($"{result.Bytes,8} bytes, {result.Fetched.Count,3} files, {result.Ids.Count,5} matches: '{text}' {topic} {year}");
            Assert.True(result.Bytes <= QueryBudget, $"'{text}' {topic} {year}: {result.Bytes} bytes");
        }
        Assert.True(query.Run(SyntheticArchive.Word(0)).Ids.Count > 5_000, "the commonest word should match most articles");
    }

    /// <summary>Prints build time, index size and bytes per query: <c>ARCHIVE_SEARCH_MEASURE=10000,100000</c>.</summary>
    [Fact]
    public void Measure()
    {
        var sizes = Environment.GetEnvironmentVariable("ARCHIVE_SEARCH_MEASURE");
        if (string.IsNullOrEmpty(sizes)) return;
        foreach (var count in sizes.Split(',').Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)))
        {
            var vocabulary = new SearchVocabulary();
            var collect = new Stopwatch();
            var entries = SyntheticArchive.Generate(count, seed: 1, vocabulary, collect);
            var site = SyntheticArchive.Site(entries);
            var clock = Stopwatch.StartNew();
            var index = SearchIndex.Build(site);
            var built = clock.Elapsed;
            var files = index.Files().AsParallel().Select(f => (f.Url, Content: f.Content())).ToDictionary(f => f.Url, f => f.Content);
            var elapsed = clock.Elapsed;
            output.WriteLine($"{count} articles: gathering terms {collect.Elapsed.TotalSeconds:F2} s (one thread), postings {built.TotalSeconds:F2} s, " +
                $"serialising {(elapsed - built).TotalSeconds:F2} s ({Environment.ProcessorCount} cores)");
            var query = new SearchQueryPort(files);
            var bytes = Queries().Select(q => query.Run(q.Query, q.Topic, q.Year).Bytes).ToList();
            output.WriteLine($"{count} articles: {vocabulary.Count} terms, index built and serialised in {elapsed.TotalSeconds:F2} s, " +
                $"{files.Count} files, {files.Values.Sum(b => (long)b.Length) / 1024.0 / 1024.0:F1} MiB; " +
                $"bytes per query: max {bytes.Max() / 1024.0:F0} KB, median {bytes.Order().ElementAt(bytes.Count / 2) / 1024.0:F0} KB " +
                $"[{string.Join(", ", bytes.Select(b => (b / 1024).ToString(System.Globalization.CultureInfo.InvariantCulture)))}]");
        }
    }
}
