namespace Archive.Feeds;

/// <summary>One feed's content, format-independent: every URL absolute, items newest first.</summary>
/// <param name="PageUrl">The HTML page the feed follows (the home page, or a term page).</param>
/// <param name="Updated">The newest item's date, never the build time, so rebuilding gives the same bytes.</param>
public sealed record FeedChannel(
    string Title,
    string Description,
    string Language,
    string Publisher,
    string PageUrl,
    string AtomUrl,
    string RssUrl,
    string JsonUrl,
    DateTimeOffset Updated,
    IReadOnlyList<FeedItem> Items);

/// <summary>One article in a feed.</summary>
/// <param name="Url">The article page's absolute URL, also its id.</param>
/// <param name="ContentHtml">The full body as HTML when the site publishes full text; null for summaries only.</param>
public sealed record FeedItem(
    string Url,
    string Title,
    DateTimeOffset Published,
    DateTimeOffset Modified,
    IReadOnlyList<string> Authors,
    string Summary,
    string? ContentHtml,
    IReadOnlyList<string> Categories);
