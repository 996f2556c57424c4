namespace Archive.Benchmarks;

// ============================================================================================
// LEAD: SITE MODEL BENCHMARKS GO HERE once Archive.Site.SiteModel.Build exists.
//
// Sketch (keep one operation = the whole model for a fixed article set, so per-article cost
// is Mean / ArticleCount and allocations show in the MemoryDiagnoser columns):
//
// [MemoryDiagnoser]
// public class SiteModelBenchmarks
// {
//     [Params(1_000, 10_000)] public int ArticleCount;
//     private readonly SiteConfig config = SiteConfig.Default;
//     private Article[] articles = [];
//
//     [GlobalSetup]
//     public void Setup() => articles = Archive.Bench.Corpus.Corpus.InMemory(ArticleCount, seed: 7)
//         .Select(a => Readers.Default.Read(new SourceFile(a.Plan.RelativePath, a.Text), config, new DiagnosticBag()))
//         .OfType<Article>().ToArray();
//
//     [Benchmark] public object Build() => SiteModel.Build(config, articles, new DiagnosticBag());
// }
// ============================================================================================
