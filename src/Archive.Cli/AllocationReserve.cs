namespace Archive.Cli;

/// <summary>
/// Room for a build's allocations made while a build server or serve waits (a no-GC region): an incremental build at
/// 100,000 articles allocates about 200 MB, and without it stops once for a collection that pauses it 0.1-0.2 s. A build
/// that allocates more ends the region and collects as usual.
/// </summary>
internal static class AllocationReserve
{
    // The largest room the runtime grants is tried first.
    private static readonly long[] Sizes = [512L << 20, 256L << 20, 128L << 20];

    /// <summary>Collects everything (without compacting) and makes the room.</summary>
    /// <returns>The time the runtime was paused for it.</returns>
    public static TimeSpan CollectAndReserve()
    {
        var paused = GC.GetTotalPauseDuration();
        End();
        // Not compacting: that would stop a 100k-article server for 1.0-1.4 s, and a build asked for meanwhile would wait
        // for it; this one takes 0.3 s. (Background collections would take none, but they need a slower write barrier,
        // which cost each build 0.1 s: archive runs without them, see Archive.Cli.csproj.)
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: false);
        Start();
        return GC.GetTotalPauseDuration() - paused;
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
    public static void End()
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
