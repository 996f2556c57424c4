using Archive.Site;

namespace Archive.Search;

/// <summary>
/// The postings of each topic (every article filed under it, as body matches), computed when first asked for and shared
/// with the indexes updated from this one. Keyed by topic name, ignoring case as the site groups topics.
/// </summary>
internal sealed class TopicPostings
{
    private sealed record Entry(string Slug, int Count, Lazy<int[]> Postings);

    private readonly Dictionary<string, Entry> byName;

    private TopicPostings(Dictionary<string, Entry> byName) => this.byName = byName;

    public Lazy<int[]> For(TermArchive topic) => byName[topic.Name].Postings;

    public static TopicPostings Build(SiteModel site, IReadOnlyList<ArticleEntry> documents)
    {
        Dictionary<string, int>? idByUrl = null;
        int[] Postings(TermArchive topic)
        {
            var ids = LazyInitializer.EnsureInitialized(ref idByUrl,
                () => documents.Select((d, i) => (d.Url, i)).ToDictionary(p => p.Url, p => p.i, StringComparer.Ordinal));
            return topic.Articles.Select(a => ids[a.Url]).Distinct().Order().Select(id => id << 2 | (int)SearchField.Body).ToArray();
        }
        var byName = new Dictionary<string, Entry>(StringComparer.OrdinalIgnoreCase);
        foreach (var topic in site.Terms[TermKind.Topic])
            byName.Add(topic.Name, new Entry(topic.Slug, topic.Articles.Count, new Lazy<int[]>(() => Postings(topic))));
        return new TopicPostings(byName);
    }

    /// <summary>
    /// The topics of <paramref name="site"/>, whose documents are this one's followed by <paramref name="newIds"/>: a topic's
    /// newest articles are the new ones, the rest are exactly its articles before. Null when the site does not fit that.
    /// </summary>
    public TopicPostings? Extend(SiteModel site, IReadOnlyDictionary<ArticleEntry, int> newIds, ISet<string> unchangedSlugs)
    {
        var extended = new Dictionary<string, Entry>(StringComparer.OrdinalIgnoreCase);
        foreach (var topic in site.Terms[TermKind.Topic])
        {
            var added = new List<int>();
            while (added.Count < topic.Articles.Count && newIds.TryGetValue(topic.Articles[added.Count], out var id)) added.Add(id);
            var before = byName.GetValueOrDefault(topic.Name);
            if (topic.Articles.Count - added.Count != (before?.Count ?? 0)) return null;
            if (added.Count == 0 && before is not null)
            {
                extended.Add(topic.Name, before with { Slug = topic.Slug });
                if (before.Slug == topic.Slug) unchangedSlugs.Add(topic.Slug);
                continue;
            }
            added.Reverse();
            var old = before?.Postings;
            extended.Add(topic.Name, new Entry(topic.Slug, topic.Articles.Count, new Lazy<int[]>(() =>
                [.. old?.Value ?? [], .. added.Select(id => id << 2 | (int)SearchField.Body)])));
        }
        return new TopicPostings(extended);
    }
}
