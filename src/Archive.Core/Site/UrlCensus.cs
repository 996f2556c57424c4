using System.Runtime.InteropServices;

namespace Archive.Site;

/// <summary>
/// The articles as read (before <see cref="UrlCollisions"/> renames any) by URL, kept from one build of a session to the
/// next and updated with what changed, so that finding the shared URLs does not take a pass over every URL.
/// </summary>
/// <remarks>Owned by one model at a time: the next build takes it from the previous model and changes it in place.</remarks>
internal sealed class UrlCensus
{
    // Some entry of each URL: the only one, for all URLs but the shared ones.
    private readonly Dictionary<string, ArticleEntry> anyByUrl;
    // The URLs more than one entry has, with all their entries.
    private readonly Dictionary<string, List<ArticleEntry>> shared = new(StringComparer.Ordinal);

    /// <summary>The entries of the shared URLs (true) and their renamed copies (false), as last resolved.</summary>
    public Dictionary<ArticleEntry, bool> SharedRoles { get; } = new(ReferenceEqualityComparer.Instance);

    public IEnumerable<List<ArticleEntry>> SharedGroups => shared.Values;

    public UrlCensus(IReadOnlyList<ArticleEntry> entries)
    {
        anyByUrl = new Dictionary<string, ArticleEntry>(entries.Count, StringComparer.Ordinal);
        foreach (var entry in entries) Add(entry);
    }

    public void Add(ArticleEntry entry)
    {
        ref var any = ref CollectionsMarshal.GetValueRefOrAddDefault(anyByUrl, entry.Url, out var exists);
        if (!exists) any = entry;
        else if (shared.TryGetValue(entry.Url, out var group)) group.Add(entry);
        else if (any is not null) shared[entry.Url] = [any, entry];
    }

    public void Remove(ArticleEntry entry)
    {
        if (shared.TryGetValue(entry.Url, out var group))
        {
            // By reference: an edited article's new entry may equal the old one as a record.
            var at = group.FindIndex(e => ReferenceEquals(e, entry));
            if (at < 0) return;
            group.RemoveAt(at);
            anyByUrl[entry.Url] = group[0];
            if (group.Count == 1) shared.Remove(entry.Url);
        }
        else if (anyByUrl.TryGetValue(entry.Url, out var any) && ReferenceEquals(any, entry)) anyByUrl.Remove(entry.Url);
    }
}
