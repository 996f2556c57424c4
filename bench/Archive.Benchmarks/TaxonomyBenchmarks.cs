using Archive.Model;
using Archive.Reading;
using Archive.Taxonomy;
using BenchmarkDotNet.Attributes;

namespace Archive.Benchmarks;

/// <summary>Term assignment on articles already read: the per-article cost the site model adds on top of reading.</summary>
[MemoryDiagnoser]
public class TaxonomyBenchmarks
{
    private readonly SiteConfig config = SiteConfig.Default;
    private Article[] articles = [];

    [GlobalSetup]
    public void Setup()
    {
        var diagnostics = new DiagnosticBag();
        articles = ReaderCorpus.Mixed
            .Select(file => Readers.Default.Read(file, config, diagnostics))
            .OfType<Article>()
            .ToArray();
    }

    [Benchmark]
    [BytesPerOperation(typeof(ReaderCorpus), nameof(ReaderCorpus.MixedBytes))]
    public int AssignTerms()
    {
        var terms = 0;
        foreach (var article in articles) terms += TermAssigner.Assign(article, config).Topics.Count;
        return terms;
    }
}
