using Archive.Model;
using Archive.Site;

namespace Archive;

/// <summary>What a build did: the site it modelled, its diagnostics, and counts for the summary line.</summary>
public sealed record BuildResult(SiteModel? Site, IReadOnlyList<Diagnostic> Diagnostics, BuildStats Stats, bool Strict)
{
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);
    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
    public bool Succeeded => Errors == 0 && (!Strict || Warnings == 0);
}

/// <summary>Counts and timings of a build.</summary>
/// <param name="FilesParsed">Content files that went through the readers (the rest came from the cache).</param>
/// <param name="PagesSkipped">Pages not rendered at all: their inputs were unchanged (counted in <paramref name="PagesUnchanged"/>).</param>
public sealed record BuildStats(int FilesRead, int ArticlesPublished, int PagesWritten, int PagesUnchanged, long OutputBytes, TimeSpan Elapsed, bool SiteWritten)
{
    public int FilesParsed { get; init; }
    public int PagesSkipped { get; init; }
    /// <summary>Wall time of each phase, in pipeline order (printed by <c>--verbose</c>).</summary>
    public IReadOnlyList<PhaseTime> Phases { get; init; } = [];
    /// <summary>Garbage collections during the build (gen0, gen1, gen2) and the time the runtime was paused for them.</summary>
    public GcStats Gc { get; init; }
}

/// <summary>What the garbage collector did during a build (printed by <c>--verbose</c>), and the bytes the process allocated.</summary>
public readonly record struct GcStats(int Gen0, int Gen1, int Gen2, TimeSpan Paused, long Allocated = 0)
{
    public static GcStats Now() => new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(),
        GC.GetTotalAllocatedBytes());

    public GcStats Since(GcStats start) =>
        new(Gen0 - start.Gen0, Gen1 - start.Gen1, Gen2 - start.Gen2, Paused - start.Paused, Allocated - start.Allocated);
}
