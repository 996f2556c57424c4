namespace Archive.Caching;

/// <summary>
/// The head of the related-articles cache, whose lines are the <see cref="Site.SiteModel.Related"/> lists of the site model
/// built from one content cache: that cache's <see cref="ContentCache.StateKey"/> (which covers code, config and every
/// file read) and the number of lists. Lists under another key belong to another model and are never used.
/// </summary>
public sealed record RelatedCacheHead(string ContentKey, int Count)
{
    public const string Kind = "archive-related-cache";
    public const int Version = 1;
}
