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

    /// <summary>Each topic's postings by its slug, the name of its file.</summary>
    public Dictionary<string, Lazy<int[]>> BySlug()
    {
        var bySlug = new Dictionary<string, Lazy<int[]>>(StringComparer.Ordinal);
        foreach (var entry in byName.Values) bySlug.TryAdd(entry.Slug, entry.Postings);
        return bySlug;
    }

    public static TopicPostings Build(SiteModel site)
    {
        int[] Postings(TermArchive topic) =>
            [.. topic.Articles.Select(article => SearchIndex.IdOf(site, article)).Distinct().Order().Select(id => id << 2 | (int)SearchField.Body)];
        var byName = new Dictionary<string, Entry>(StringComparer.OrdinalIgnoreCase);
        foreach (var topic in site.Terms[TermKind.Topic])
            byName.Add(topic.Name, new Entry(topic.Slug, topic.Articles.Count, new Lazy<int[]>(() => Postings(topic))));
        return new TopicPostings(byName);
    }

    /// <summary>
    /// The topics of <paramref name="site"/>, whose documents are this one's with <paramref name="edited"/> replaced, followed
    /// by <paramref name="newIds"/>: a topic's newest articles are the new ones, the rest are its articles before, less the
    /// edited ones that left it, plus those that joined it. Null when the site does not fit that.
    /// </summary>
    public TopicPostings? Update(SiteModel site, IReadOnlyDictionary<ArticleEntry, int> newIds,
        IReadOnlyList<(int Id, ArticleEntry Before, ArticleEntry After)> edited, ISet<string> unchangedSlugs)
    {
        var touched = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (_, before, after) in edited)
        {
            touched.UnionWith(before.Terms.Topics);
            touched.UnionWith(after.Terms.Topics);
        }
        var updated = new Dictionary<string, Entry>(StringComparer.OrdinalIgnoreCase);
        foreach (var topic in site.Terms[TermKind.Topic])
        {
            var added = new List<int>();
            while (added.Count < topic.Articles.Count && newIds.TryGetValue(topic.Articles[added.Count], out var id)) added.Add(id);
            List<int> leaving = [], joining = [];
            if (touched.Contains(topic.Name))
            {
                foreach (var (id, before, after) in edited)
                {
                    var was = Names(before, topic.Name);
                    if (was != Names(after, topic.Name)) (was ? leaving : joining).Add(id);
                }
            }
            var known = byName.GetValueOrDefault(topic.Name);
            if (topic.Articles.Count != (known?.Count ?? 0) + added.Count - leaving.Count + joining.Count) return null;
            if (added.Count == 0 && leaving.Count == 0 && joining.Count == 0 && known is not null)
            {
                updated.Add(topic.Name, known with { Slug = topic.Slug });
                if (known.Slug == topic.Slug) unchangedSlugs.Add(topic.Slug);
                continue;
            }
            added.Reverse();
            var old = known?.Postings;
            updated.Add(topic.Name, new Entry(topic.Slug, topic.Articles.Count, new Lazy<int[]>(() =>
                [.. Edited(old?.Value ?? [], leaving, joining), .. added.Select(id => id << 2 | (int)SearchField.Body)])));
        }
        return new TopicPostings(updated);
    }

    /// <summary>Whether the article is filed under the topic: by name ignoring case, as the site groups topics.</summary>
    private static bool Names(ArticleEntry article, string topic) =>
        article.Terms.Topics.Any(name => string.Equals(name, topic, StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<int> Edited(int[] postings, List<int> leaving, List<int> joining)
    {
        if (leaving.Count == 0 && joining.Count == 0) return postings;
        var left = leaving.ToHashSet();
        return postings.Where(p => !left.Contains(p >> 2)).Concat(joining.Select(id => id << 2 | (int)SearchField.Body)).Order();
    }
}
