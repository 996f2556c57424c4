using Archive.Output;

namespace Archive.Cli.BuildServer;

/// <summary>
/// What a build server keeps between builds of its output folder: the build that read, modelled and wrote the site last
/// (so the next one starts from memory, as a serve session does), and the watcher that says which content files changed.
/// It trusts that memory only while the output and staging folders hold what it left there (<see cref="SiteFootprint"/>);
/// otherwise it starts afresh, as a new process would.
/// </summary>
internal sealed class BuildServerSession : IDisposable
{
    private static readonly TimeSpan MarkerWait = TimeSpan.FromSeconds(2);
    private readonly Lock building = new();
    private ArchiveBuild build;
    private readonly IdleCollection idle;
    private ContentChangeLog? changes;
    private string? footprint;
    // The options of the last build until the pause work after it is done (see Settle).
    private BuildOptions? unsettled;

    public BuildServerSession()
    {
        idle = new IdleCollection(paused => Log?.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{DateTimeOffset.Now:HH:mm:ss.fff} collected and made room for the next build: paused {paused.TotalSeconds:0.000} s")));
        build = NewBuild();
    }

    public int Builds { get; private set; }

    /// <summary>Where each build's timings go (the server's log).</summary>
    public TextWriter? Log { get; init; }

    /// <summary>One build at a time, in the client's folder (the paths in its options are as the user gave them).</summary>
    public BuiltSite Build(string workingDirectory, BuildOptions options)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        lock (building)
        {
            var waited = clock.Elapsed;
            Settle(collect: false);
            var settled = clock.Elapsed;
            Environment.CurrentDirectory = workingDirectory;
            var fresh = footprint is null || options.Clean || footprint != SiteFootprint.Of(options.OutputDir);
            if (fresh) build = NewBuild();
            var contentRoot = Path.GetFullPath(options.ContentDir).TrimEnd(Path.DirectorySeparatorChar);
            if (changes?.Root != contentRoot)
            {
                changes?.Dispose();
                changes = new ContentChangeLog(contentRoot);
            }
            // Taken even on a fresh start: the watcher's log then begins now, and the listing below sees everything.
            var changed = changes.Take(MarkerWait);
            var listed = clock.Elapsed;
            Log?.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{DateTimeOffset.Now:HH:mm:ss.fff} build {Builds + 1} started"));
            footprint = null; // until this build commits; if it throws, the next one starts afresh
            var result = idle.Build(() => build.Run(options with { ContentChanges = fresh ? null : changed }));
            Builds++;
            // What this build left; a build by anyone else from now on changes it.
            footprint = SiteFootprint.Of(options.OutputDir);
            unsettled = options;
            Log?.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{DateTimeOffset.Now:HH:mm:ss.fff} build {Builds}: {(fresh ? "afresh" : "from memory")}, {changed?.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown"} changes; waited {waited.TotalSeconds:0.000} s, settled {(settled - waited).TotalSeconds:0.000} s, changes taken {(listed - settled).TotalSeconds:0.000} s, built {(clock.Elapsed - listed).TotalSeconds:0.000} s"));
            return BuiltSite.From(result, Builds, fresh);
        }
    }

    /// <summary>
    /// The work of the pause after a build: the staging folder brought up to the new site, the garbage collected, and then
    /// the footprint taken that the next build compares. Skipped if a build is running.
    /// </summary>
    public void AfterBuild()
    {
        if (!building.TryEnter()) return;
        try
        {
            Settle(collect: true);
        }
        finally
        {
            building.Exit();
        }
    }

    /// <summary>
    /// The pause work after a build, done at the latest before the next one: the staging folder brought up to the new site
    /// (unless another build came in between), and the footprint taken again after that change of the staging folder.
    /// </summary>
    private void Settle(bool collect)
    {
        if (unsettled is not { } options) return;
        unsettled = null;
        // Another build since: its staging folder is not this one's to bring up to date, and the next build starts afresh.
        if (footprint != SiteFootprint.Of(options.OutputDir))
        {
            footprint = null;
            return;
        }
        // The caches go on being written in the background, as in a serve session: the next build does not wait for them.
        build.PrepareNextBuild(options);
        if (collect) idle.PauseWorkDone(build);
        footprint = SiteFootprint.Of(options.OutputDir);
    }

    /// <summary>Waits for the caches of the last build (before the server stops).</summary>
    public void FinishSaving()
    {
        lock (building)
        {
            Settle(collect: false);
            build.FinishSaving();
        }
    }

    private ArchiveBuild NewBuild() => new() { DeferCacheWrites = true, CachesSaved = () => idle.CachesSaved(building) };

    public void Dispose()
    {
        lock (building) changes?.Dispose();
    }
}
