using System.Diagnostics;
using Archive.Caching;
using Archive.Content;
using Archive.Model;
using Archive.Output;
using Archive.Rendering;
using Archive.Site;

namespace Archive;

/// <summary>The build pipeline, top to bottom: config, content, articles, site model, pages, output.</summary>
public sealed class ArchiveBuild
{
    // What the last run of this instance read: a serve session rebuilds from memory rather than from the cache file.
    private ContentCache? lastContent;
    private (PageManifest Current, PageManifest? Previous)? lastPages;
    private BuildCache? lastCache;
    // The model of the site this instance last put in the output folder, and the config and theme it was rendered with.
    private LastSite? lastSite;
    // Updated: taken from a listing before, or its paths made the cache records' own (see IncrementalReader.SharingPaths).
    private (string Root, IReadOnlyList<ContentEntry> Files, bool Updated)? lastListing;
    private SiteModel? lastModel;
    // What the site this instance last wrote was rendered from (see BuildCache.RenderedFrom), kept with its page cache.
    private RenderedFrom? lastRenderedFrom;
    // The content cache whose model's related-article lists the cache folder holds, as far as this instance knows.
    private ContentCache? relatedSavedFor;
    private readonly BackgroundSaves saves = new();
    private readonly RecentBodies recentBodies = new();
    private bool unshared;
    private const string CommonTermsFolder = "search/t";

    /// <summary>
    /// A serve session: the caches are written after each build in the background, and the build returns without waiting
    /// (they are only read by the next process; this one keeps them in memory). <see cref="FinishSaving"/> waits for them.
    /// </summary>
    public bool DeferCacheWrites
    {
        get;
        init
        {
            field = value;
            // After the answer: the response, the browser's reload and the next pages save would otherwise share two cores with it.
            saves.StartDelay = value ? TimeSpan.FromSeconds(0.5) : TimeSpan.Zero;
        }
    }

    /// <summary>URLs per sitemap file: <see cref="Feeds.Sitemaps.UrlsPerFile"/>, smaller only for tests.</summary>
    internal int SitemapUrlsPerFile { get; init; } = Feeds.Sitemaps.UrlsPerFile;

    /// <summary>
    /// Work for the time a serve session waits for changes: the staging folder brought up to the site just built (see
    /// <see cref="StagingBase"/>), so that the next build touches only what it changes. Not while a build runs.
    /// </summary>
    public void PrepareNextBuild(BuildOptions options)
    {
        if (lastPages is not (var current, { } held) || ReferenceEquals(current, held) || lastCache is not { } cache) return;
        if (StagingBase.Sync(options.OutputDir, current, held) is not { } synced) return;
        lastPages = (current, synced);
        // Once a session: the files a back-dated article rewrites by the thousand, made the base's own (see Unshare).
        if (!unshared) unshared = StagingBase.Unshare(options.OutputDir, synced, CommonTermsFolder);
        var renderedFrom = lastRenderedFrom;
        saves.Queue("pages", () => cache.SavePages(BuildCache.Pages(current, synced, renderedFrom?.Key())));
    }

    /// <summary>Called on a background thread each time the cache writes queued so far are done.</summary>
    public Action? CachesSaved { set => saves.Drained = value; }

    /// <summary>Whether cache writes are queued or under way.</summary>
    public bool SavingCaches => saves.Pending;

    /// <summary>Waits until the caches of every build so far are written.</summary>
    public void FinishSaving() => saves.Flush();

    public BuildResult Run(BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        var gc = GcStats.Now();
        if (options.Clean)
        {
            saves.Flush(); // a clean build deletes the cache folder a save may be writing into
            relatedSavedFor = null;
        }
        if (DeferCacheWrites) saves.Hold();
        try
        {
            return Build(options, clock, gc);
        }
        finally
        {
            if (DeferCacheWrites) saves.Release();
        }
    }

    private BuildResult Build(BuildOptions options, Stopwatch clock, GcStats gc)
    {
        var phases = new PhaseTimer();
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigSource.Load(options, diagnostics);
        var cache = BuildCache.Open(options, config, clean: options.Clean);
        var source = new ContentSource(options.ContentDir);
        var files = ListContent(source, options, diagnostics);
        // A missing or unlistable content folder would publish an empty or partial site over the current one.
        var inputsAreSound = !diagnostics.HasErrors;
        phases.End("config and content list");
        options.Progress?.Report(new BuildProgress("read", 0, files.Count));
        var previous = cache.LoadContent(options.Clean ? null : lastContent);
        phases.End("load content cache");
        using var bodies = SpilledBodies.Create(BuildCache.FolderFor(options.OutputDir));
        var (articles, contentCache, parsed) = IncrementalReader.ReadAll(source, files, config, previous, diagnostics, options.MaxParallelism, bodies);
        lastContent = contentCache;
        if (lastListing is { Files: var listed } kept && ReferenceEquals(listed, files) && !kept.Updated)
            lastListing = kept with { Files = IncrementalReader.SharingPaths(files, contentCache), Updated = true };
        phases.End("read and parse");
        // Written while the site renders (it is immutable by now), or after it in a serve session; not when no file changed.
        var contentChanged = !ReferenceEquals(contentCache, previous);
        if (contentChanged && !DeferCacheWrites) saves.Queue("content", () => cache.SaveContent(contentCache));
        var templates = new TemplateStore(options.TemplatesDir, diagnostics);
        var siteKey = BuildCache.PageInputsKey(config) + templates.Fingerprint();
        var outputModel = options.Clean || lastModel is not null || lastSite is not null ? null : ModelOfOutput(cache, config, previous, siteKey, phases);
        if (RelatedFromCache(outputModel)) relatedSavedFor = previous;
        // Related articles are updated from the last model of this session, whatever became of its build (the update compares
        // every article's inputs, so it is exact whatever changed, config included), or from the model of the output folder.
        var site = SiteModel.Build(config, articles.Entries, diagnostics, phases, previous: options.Clean ? null : lastModel ?? outputModel);
        lastModel = site;
        if (!DeferCacheWrites) SaveRelated(cache, contentCache, site);
        // A kept file keeps its fingerprint, which is made with the config and theme: the same ones, then.
        var sameSite = !options.Clean && lastSite?.Key == siteKey ? lastSite : null;
        var renderer = new SiteRenderer(site, templates, recentBodies.Over(articles.Bodies), diagnostics)
        {
            Fingerprints = new PageFingerprints(siteKey),
            PreviousSite = sameSite?.Site ?? outputModel,
            PreviousSearchIndex = sameSite?.Search,
            PreviousSitemap = sameSite?.Sitemap,
            PreviousPages = sameSite?.Pages,
            SitemapUrlsPerFile = SitemapUrlsPerFile,
        };
        var renderedFrom = new RenderedFrom(siteKey, contentCache);
        var summary = inputsAreSound && TemplatesAreValid(diagnostics, renderer) ? Write(options, cache, renderer, renderedFrom, diagnostics, phases) : null;
        if (summary is not null) lastSite = new LastSite(site, siteKey, renderer.SearchIndex, renderer.Sitemap, renderer.Pages);
        if (DeferCacheWrites)
        {
            if (contentChanged) saves.Queue("content", () => cache.SaveContent(contentCache));
            SaveRelated(cache, contentCache, site);
        }
        else
        {
            saves.Flush();
            phases.End("finish saving caches");
        }
        var stats = new BuildStats(files.Count, site.Articles.Count, summary?.Written ?? 0, summary?.Unchanged ?? 0,
            summary?.Bytes ?? 0, clock.Elapsed, summary is not null)
        { FilesParsed = parsed, PagesSkipped = summary?.Skipped ?? 0, Phases = phases.Phases, Gc = GcStats.Now().Since(gc) };
        return new BuildResult(site, diagnostics.Sorted(), stats, options.Strict);
    }

    /// <summary>The content files: the last listing updated with the changes a watcher saw, when it can be; all listed otherwise.</summary>
    private IReadOnlyList<ContentEntry> ListContent(ContentSource source, BuildOptions options, DiagnosticBag diagnostics)
    {
        var updated = lastListing is { Root: var root, Files: var previous } && root == source.Root && options.ContentChanges is { } changes
            ? source.Update(previous, changes)
            : null;
        var before = diagnostics.Count(Severity.Warning) + diagnostics.Count(Severity.Error);
        var files = updated ?? source.Enumerate(diagnostics);
        // A listing with something to say is not updated later: its diagnostics are those of the whole walk.
        lastListing = diagnostics.Count(Severity.Warning) + diagnostics.Count(Severity.Error) == before ? (source.Root, files, updated is not null) : null;
        return files;
    }

    /// <summary>Everything a build checks (config, content, site model, templates) without rendering or writing a site.</summary>
    public IReadOnlyList<Diagnostic> Check(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigSource.Load(options, diagnostics);
        var source = new ContentSource(options.ContentDir);
        var articles = ArticleIndex.ReadAll(source, source.Enumerate(diagnostics), config, diagnostics, options.MaxParallelism);
        var site = SiteModel.Build(config, articles.Entries, diagnostics);
        var templates = new TemplateStore(options.TemplatesDir, diagnostics);
        new SiteRenderer(site, templates, articles.Bodies, diagnostics).Prepare();
        return diagnostics.Sorted();
    }

    /// <summary>Content errors cost their own articles only; config and template errors stop the write.</summary>
    private static bool TemplatesAreValid(DiagnosticBag diagnostics, SiteRenderer renderer)
    {
        var before = diagnostics.Count(Severity.Error);
        renderer.Prepare();
        return diagnostics.Count(Severity.Error) == before;
    }

    /// <summary>The phase that makes the model of the output folder, computing its related articles.</summary>
    internal const string OutputModelPhase = "site model of the output folder";
    /// <summary>The same phase when it took the related articles from the cache.</summary>
    internal const string OutputModelWithCachedRelatedPhase = OutputModelPhase + " (related articles from the cache)";

    /// <summary>
    /// The model of the site in the output folder, made again from the content cache it was built from, when the page cache
    /// proves that (a new process has no model in memory): the renderer then keeps the pages of unchanged objects without
    /// fingerprinting them. Null when not proven (a build that saved the content cache and then failed to render, say).
    /// </summary>
    private static SiteModel? ModelOfOutput(BuildCache cache, SiteConfig config, ContentCache previous, string siteKey, PhaseTimer phases)
    {
        if (previous.Files.Count == 0 || !cache.RenderedFromSameInputs(siteKey, previous)) return null;
        var entries = previous.Files.Select(file => file.Entry).OfType<ArticleEntry>();
        // Its related articles as the build that made it saved them, if it did: they are the costly part of the model.
        var model = SiteModel.Build(config, entries, new DiagnosticBag(), null, null, cache.LoadRelated(previous));
        phases.End(RelatedFromCache(model) ? OutputModelWithCachedRelatedPhase : OutputModelPhase);
        return model;
    }

    /// <summary>Whether the related articles of a model of the output folder were taken from the cache (none recomputed).</summary>
    private static bool RelatedFromCache(SiteModel? model) => model is { Articles.Count: > 0, RelatedState.Recomputed: 0 };

    /// <summary>Saves the related-article lists of <paramref name="site"/>, the model of <paramref name="content"/>, unless
    /// the cache folder holds them: a new process then takes them for the model of the output folder instead of computing them.</summary>
    private void SaveRelated(BuildCache cache, ContentCache content, SiteModel site)
    {
        if (ReferenceEquals(relatedSavedFor, content)) return;
        relatedSavedFor = content;
        saves.Queue("related", () => cache.SaveRelated(content, site.Related));
    }

    private WriteSummary? Write(BuildOptions options, BuildCache cache, SiteRenderer renderer, RenderedFrom renderedFrom,
        DiagnosticBag diagnostics, PhaseTimer phases)
    {
        var (current, previous) = cache.LoadManifests(options.OutputDir, options.Clean ? null : lastPages);
        phases.End("load page cache");
        using var writer = OutputWriter.Begin(options.OutputDir, diagnostics, current, previous);
        if (writer is null) return null;
        phases.End("prepare output");
        renderer.Reuse = new CurrentSitePages(writer);
        var jobs = renderer.JobsBeforeSearchIndex().Where(job => !job.Placed).ToList();
        phases.End("list render jobs");
        var renderErrors = new DiagnosticBag();
        var progress = new RenderProgress(options.Progress);
        // Pages first, while the search index is still being built in the background; its parts last.
        RenderAll(jobs, writer, renderErrors, progress.Expect(jobs.Count), options.MaxParallelism);
        phases.End("render and write pages");
        var indexJobs = renderer.SearchIndexJobs().Where(job => !job.Placed).ToList();
        phases.End("search index (the rest of its build)");
        RenderAll(indexJobs, writer, renderErrors, progress.Expect(indexJobs.Count), options.MaxParallelism);
        diagnostics.AddRange(renderErrors.Sorted());
        // A page that failed to render would leave a hole in the site: keep the previous site instead.
        if (renderErrors.Count(Severity.Error) > 0) return null;
        phases.End("write search index");
        progress.Finish();
        var summary = writer.Commit();
        phases.End("commit output");
        renderer.RememberWrittenPages(summary.Manifest);
        saves.Queue("pages", () => cache.SavePages(BuildCache.Pages(summary.Manifest, summary.Kept, renderedFrom.Key())));
        lastPages = (summary.Manifest, summary.Kept);
        lastRenderedFrom = renderedFrom;
        lastCache = cache;
        phases.End("page cache");
        return summary;
    }

    private static void RenderAll(IReadOnlyList<RenderJob> jobs, OutputWriter writer, DiagnosticBag errors, RenderProgress progress, int parallelism)
    {
        Parallel.ForEach(jobs, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) }, job =>
        {
            var file = job.Render();
            if (file is null) errors.Error(new SourceLocation(job.Url), "page not written: its template failed");
            else writer.Write(file);
            progress.Done();
        });
    }

    /// <summary>Counts rendered outputs for the progress display, every 256th reported.</summary>
    private sealed class RenderProgress(IProgress<BuildProgress>? progress)
    {
        private int done;
        private int total;

        public RenderProgress Expect(int more)
        {
            Interlocked.Add(ref total, more);
            return this;
        }

        public void Done()
        {
            var count = Interlocked.Increment(ref done);
            if (count % 256 == 0) progress?.Report(new BuildProgress("render", count, Volatile.Read(ref total)));
        }

        public void Finish() => progress?.Report(new BuildProgress("write", done, total));
    }

    /// <summary>What a site was rendered from: its key is hashed when its page cache is saved (in the background in a serve session).</summary>
    private sealed record RenderedFrom(string SiteKey, ContentCache Content)
    {
        public string Key() => BuildCache.RenderedFrom(SiteKey, Content);
    }

    /// <summary>What a renderer made of the site now in the output folder, and with which config and theme (the key).</summary>
    private sealed record LastSite(SiteModel Site, string Key, Search.SearchIndex? Search, IReadOnlyList<Feeds.SitemapEntry>? Sitemap, KeptPages? Pages);

    /// <summary>Reuses a page of the staging base or the current site when a manifest proves it was made from the same inputs.</summary>
    private sealed class CurrentSitePages(OutputWriter writer) : IPageReuse
    {
        public bool TryReuse(string relativePath, string fingerprint) => writer.TryReuse(relativePath, fingerprint);

        public ManifestEntry? Keep(string relativePath) => writer.Keep(relativePath);

        public ManifestEntry? Keep(ManifestEntry kept, WriteStamp keptBy) => writer.Keep(kept, keptBy);

        public WriteStamp Stamp => writer.Stamp;
    }
}
