using Archive.Output;

namespace Archive.Rendering;

/// <summary>A page to produce: its URL and how to render it. Jobs are independent, so they run in parallel.</summary>
public sealed record RenderJob(string Url, Func<OutputFile?> Render)
{
    /// <summary>The page is already in the new site (kept as it was while the jobs were listed): nothing to render or write.</summary>
    public bool Placed { get; init; }

    /// <summary>
    /// Where a page goes in the sitemap: among the articles at this time (a dated list page: the time of its oldest article,
    /// which adding newer articles does not change); null for the pages listed first (home, indexes, terms' landing pages).
    /// </summary>
    public DateTimeOffset? SitemapTime { get; init; }

    private static readonly Func<OutputFile?> Nothing = () => null;

    public static RenderJob AlreadyPlaced(string url) => new(url, Nothing) { Placed = true };
}
