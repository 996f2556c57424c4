namespace Archive.Cli;

/// <summary>
/// The collection a long-lived session (serve, the build server) makes while it waits, and the room it then makes for the
/// next build's allocations (a no-GC region): an incremental build at 100,000 articles allocates about 200 MB, and without
/// the room stops once for a collection that pauses it 0.1-0.2 s. A build that allocates more ends the region and collects
/// as usual. The collection waits for the session's cache writes, which allocate too, and never runs during a build.
/// </summary>
/// <param name="collected">Told the pause each collection took (the build server's log).</param>
internal sealed class IdleCollection(Action<TimeSpan>? collected = null)
{
    // The largest room the runtime grants is tried first.
    private static readonly long[] Sizes = [512L << 20, 256L << 20, 128L << 20];
    // Set once the pause work after a build is done, until the next build: the collection may run then.
    private bool waiting;

    /// <summary>Runs a build (under the session's lock), then ends the room it had, if it still holds.</summary>
    public BuildResult Build(Func<BuildResult> build)
    {
        waiting = false;
        try
        {
            return build();
        }
        finally
        {
            End();
        }
    }

    /// <summary>After the pause work that follows a build (under the session's lock): collects now, or once the cache writes
    /// under way are done (see <see cref="CachesSaved"/>).</summary>
    public void PauseWorkDone(ArchiveBuild build)
    {
        waiting = true;
        if (!build.SavingCaches) Collect();
    }

    /// <summary>For <see cref="ArchiveBuild.CachesSaved"/>: collects if the session is waiting and not building.</summary>
    public void CachesSaved(Lock building)
    {
        if (!building.TryEnter()) return;
        try
        {
            if (waiting) Collect();
        }
        finally
        {
            building.Exit();
        }
    }

    private void Collect()
    {
        var paused = GC.GetTotalPauseDuration();
        End();
        // Not compacting: that would stop a 100k-article server for 1.0-1.4 s, and a build asked for meanwhile would wait
        // for it; this one takes 0.3 s. (Background collections would take none, but they need a slower write barrier,
        // which cost each build 0.1 s: archive runs without them, see Archive.Cli.csproj.)
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: false);
        Start();
        collected?.Invoke(GC.GetTotalPauseDuration() - paused);
    }

    private static void Start()
    {
        if (System.Runtime.GCSettings.LatencyMode == System.Runtime.GCLatencyMode.NoGCRegion) return;
        foreach (var size in Sizes)
        {
            try
            {
                if (GC.TryStartNoGCRegion(size, disallowFullBlockingGC: true)) return;
            }
            catch (ArgumentOutOfRangeException)
            {
                // More than this runtime's limit: the next size down.
            }
        }
    }

    /// <summary>Ends the region if it still holds (a build that allocated more than the room ended it already).</summary>
    private static void End()
    {
        if (System.Runtime.GCSettings.LatencyMode != System.Runtime.GCLatencyMode.NoGCRegion) return;
        try
        {
            GC.EndNoGCRegion();
        }
        catch (InvalidOperationException)
        {
            // Ended by a collection in the meantime.
        }
    }
}
