using Archive.Bench.Corpus;
using Archive.Model;
using Archive.Reading;
using Archive.Site;
using BenchmarkDotNet.Attributes;

namespace Archive.Benchmarks;

/// <summary>The site model (sort, URL collisions, date and term indexes, related articles) from entries already read.</summary>
/// <remarks>One operation builds the whole model; per-article cost is Mean / ArticleCount.</remarks>
[MemoryDiagnoser]
public class SiteModelBenchmarks
{
    [Params(1_000, 10_000)] public int ArticleCount;

    private readonly SiteConfig config = SiteConfig.Default;
    private ArticleEntry[] entries = [];

    [GlobalSetup]
    public void Setup() => entries = SiteModelCorpus.Entries(config, ArticleCount);

    [Benchmark]
    public int Build() => SiteModel.Build(config, entries, new DiagnosticBag()).Articles.Count;
}

/// <summary>Generated articles read and turned into entries, as the build's first pass makes them.</summary>
public static class SiteModelCorpus
{
    public static ArticleEntry[] Entries(SiteConfig config, int count)
    {
        var diagnostics = new DiagnosticBag();
        return Corpus.InMemory(count, seed: 7, markdownFraction: 0.1)
            .Select(a => Readers.Default.Read(new SourceFile(a.Plan.RelativePath, a.Text), config, diagnostics))
            .OfType<Article>()
            .Select(article => ArticleEntries.From(article, config, diagnostics, article.SourcePath))
            .OfType<ArticleEntry>()
            .Select(entry => entry with { ContentHash = entry.SourcePath })
            .ToArray();
    }

    public static Dictionary<string, Article> Articles(SiteConfig config, int count)
    {
        var diagnostics = new DiagnosticBag();
        return Corpus.InMemory(count, seed: 7, markdownFraction: 0.1)
            .Select(a => Readers.Default.Read(new SourceFile(a.Plan.RelativePath, a.Text), config, diagnostics))
            .OfType<Article>()
            .ToDictionary(a => a.SourcePath, StringComparer.Ordinal);
    }
}
