using Archive.Caching;
using Archive.Model;
using Archive.Output;
using Archive.Rendering;
using Archive.Site;
using BenchmarkDotNet.Attributes;

namespace Archive.Benchmarks;

/// <summary>
/// Rendering alone (nothing written), one page kind at a time, on a site model built once; templates are parsed in setup.
/// Pages are fingerprinted as in a build. <c>FingerprintOnly</c> is what an incremental build pays for a page it reuses.
/// </summary>
[MemoryDiagnoser]
public class RendererBenchmarks
{
    [Params(1_000)] public int ArticleCount;

    private readonly SiteConfig config = SiteConfig.Default;
    private RenderJob[] articlePages = [];
    private RenderJob[] listPages = [];
    private RenderJob[] feeds = [];
    private RenderJob[] reusedPages = [];

    [GlobalSetup]
    public void Setup()
    {
        var diagnostics = new DiagnosticBag();
        var entries = SiteModelCorpus.Entries(config, ArticleCount);
        var bodies = new InMemoryBodies(SiteModelCorpus.Articles(config, ArticleCount));
        var site = SiteModel.Build(config, entries, diagnostics);
        var articleUrls = site.Articles.Select(a => a.Url).ToHashSet(StringComparer.Ordinal);
        var renderer = Renderer(site, bodies, diagnostics, reuseAll: false);
        var jobs = renderer.Jobs().ToArray();
        articlePages = jobs.Where(j => articleUrls.Contains(j.Url)).ToArray();
        listPages = jobs.Where(j => j.Url.EndsWith('/') && !articleUrls.Contains(j.Url)).ToArray();
        feeds = jobs.Where(j => j.Url.EndsWith(".xml", StringComparison.Ordinal) || j.Url.EndsWith(".json", StringComparison.Ordinal)).ToArray();
        reusedPages = Renderer(site, bodies, diagnostics, reuseAll: true).Jobs().Where(j => j.Url.EndsWith('/')).ToArray();
    }

    private static SiteRenderer Renderer(SiteModel site, IArticleBodies bodies, DiagnosticBag diagnostics, bool reuseAll)
    {
        var renderer = new SiteRenderer(site, new TemplateStore(null, diagnostics), bodies, diagnostics)
        {
            Fingerprints = new PageFingerprints("benchmark"),
            Reuse = reuseAll ? new ReuseEverything() : null,
        };
        renderer.Prepare();
        return renderer;
    }

    [Benchmark(Baseline = true)]
    public long ArticlePages() => RenderAll(articlePages);

    [Benchmark]
    public long ListPages() => RenderAll(listPages);

    [Benchmark]
    public long Feeds() => RenderAll(feeds);

    [Benchmark]
    public long FingerprintOnly() => RenderAll(reusedPages);

    private static long RenderAll(RenderJob[] jobs)
    {
        long bytes = 0;
        foreach (var job in jobs) bytes += job.Render()?.Content.Length ?? 0;
        return bytes;
    }

    /// <summary>Claims every page is unchanged: the renderer then only builds views and fingerprints.</summary>
    private sealed class ReuseEverything : IPageReuse
    {
        public bool TryReuse(string relativePath, string fingerprint) => true;

        public ManifestEntry? Keep(string relativePath) => new(relativePath, "unchanged");

        public ManifestEntry? Keep(ManifestEntry kept, WriteStamp keptBy) => kept;

        // Never committed, so it vouches for nothing: every keep goes through Keep(path).
        public WriteStamp Stamp { get; } = new(0);
    }
}
