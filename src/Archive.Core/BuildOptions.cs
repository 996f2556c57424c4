namespace Archive;

/// <summary>What to build, where from and where to: the command line's build options.</summary>
public sealed record BuildOptions
{
    public string ContentDir { get; init; } = "content";
    /// <summary>A folder of templates overriding the default theme file by file; null for the default theme alone.</summary>
    public string? TemplatesDir { get; init; }
    public string OutputDir { get; init; } = "_site";
    /// <summary>The config file; null means <c>archive.yml</c> beside the content folder, if present.</summary>
    public string? ConfigPath { get; init; }
    public string? BaseUrl { get; init; }
    /// <summary>Warnings fail the build.</summary>
    public bool Strict { get; init; }
    /// <summary>Render in parallel (the default); false renders on one thread, with the same bytes.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;
    /// <summary>Ignore (and delete) the cache beside the output: read, parse and render everything.</summary>
    public bool Clean { get; init; }
    /// <summary>
    /// The content files (relative to the content folder, '/' separated) that changed since the last build of the same
    /// <see cref="ArchiveBuild"/> instance, as a file watcher saw them; the other files are then not listed again. Null
    /// when unknown (every folder is listed).
    /// </summary>
    public IReadOnlyCollection<string>? ContentChanges { get; init; }
    /// <summary>Told the phase and count as the build goes, from any thread; null for none.</summary>
    public IProgress<BuildProgress>? Progress { get; init; }
}

/// <summary>Where a build is: its phase, and how many of that phase's items are done.</summary>
public sealed record BuildProgress(string Phase, int Done, int Total);
