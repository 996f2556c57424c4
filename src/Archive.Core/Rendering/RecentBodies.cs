using System.Collections.Concurrent;
using Archive.Site;

namespace Archive.Rendering;

/// <summary>
/// The bodies loaded lately, by entry object, kept across the builds of a session: feeds show the newest articles of the
/// site and of each term, build after build, and each of their bodies would otherwise be read and parsed again. An entry
/// object stands for one version of its file (a changed file gets a new entry), so a remembered body is never stale.
/// Bounded: past its capacity it starts afresh.
/// </summary>
public sealed class RecentBodies(int capacity = 4096)
{
    private readonly int capacity = capacity;
    private ConcurrentDictionary<ArticleEntry, ArticleBody> bodies = new(ReferenceEqualityComparer.Instance);

    /// <summary>Loads through <paramref name="source"/>, remembering what it gives.</summary>
    public IArticleBodies Over(IArticleBodies source) => new Remembering(this, source);

    private sealed class Remembering(RecentBodies recent, IArticleBodies source) : IArticleBodies
    {
        public ArticleBody? Load(ArticleEntry entry)
        {
            var bodies = recent.bodies;
            if (bodies.TryGetValue(entry, out var known)) return known;
            var body = source.Load(entry);
            if (body is null) return null;
            if (bodies.Count >= recent.capacity) recent.bodies = bodies = new(ReferenceEqualityComparer.Instance);
            bodies.TryAdd(entry, body);
            return body;
        }
    }
}
