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
public sealed record BuildStats(int FilesRead, int ArticlesPublished, int PagesWritten, int PagesUnchanged, long OutputBytes, TimeSpan Elapsed, bool SiteWritten);
