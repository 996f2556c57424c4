using Archive.Output;

namespace Archive.Rendering;

/// <summary>A page to produce: its URL and how to render it. Jobs are independent, so they run in parallel.</summary>
public sealed record RenderJob(string Url, Func<OutputFile?> Render)
{
    /// <summary>The page is already in the new site (kept as it was while the jobs were listed): nothing to render or write.</summary>
    public bool Placed { get; init; }

    private static readonly Func<OutputFile?> Nothing = () => null;

    public static RenderJob AlreadyPlaced(string url) => new(url, Nothing) { Placed = true };
}
