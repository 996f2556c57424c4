namespace Archive.Benchmarks;

// ============================================================================================
// LEAD: RENDERER BENCHMARKS GO HERE once Archive.Rendering.SiteRenderer exists.
//
// Sketch: build the site model once in [GlobalSetup] (see SiteModelBenchmarks), then measure
// rendering alone. Report output throughput by giving the bytes of one render as a static
// property and marking the method with [BytesPerOperation(typeof(...), nameof(...))]:
//
// [MemoryDiagnoser]
// public class RendererBenchmarks
// {
//     [Params(1_000)] public int ArticleCount;
//     private SiteModel site = null-free: build it in Setup;
//
//     [Benchmark] public int RenderArticlePages()   // one page kind at a time shows where time goes
//     [Benchmark] public int RenderListPages()      // date, topic, place and source archives with pagination
//     [Benchmark] public int RenderFeeds()          // RSS/Atom and sitemaps
// }
// Templates must be parsed once in Setup, not inside the measured methods.
// ============================================================================================
