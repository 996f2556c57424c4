using Archive.Model;
using Archive.Text;

namespace Archive.Site;

/// <summary>
/// Gives articles that share a day and slug distinct URLs. The earliest (then first by path) keeps the plain slug; the others
/// get a suffix from a hash of their source path, so their URLs do not move when other files come and go.
/// </summary>
internal static class UrlCollisions
{
    public static IReadOnlyList<ArticleEntry> Resolve(IEnumerable<ArticleEntry> entries, DiagnosticBag diagnostics)
    {
        var all = entries as IReadOnlyList<ArticleEntry> ?? entries.ToList();
        // Most URLs are unique: count first, and group only the ones that are not.
        var counts = new Dictionary<string, int>(all.Count, StringComparer.Ordinal);
        foreach (var entry in all) counts[entry.Url] = counts.GetValueOrDefault(entry.Url) + 1;
        var result = new List<ArticleEntry>(all.Count);
        var colliding = new List<ArticleEntry>();
        foreach (var entry in all) (counts[entry.Url] == 1 ? result : colliding).Add(entry);
        foreach (var group in colliding.GroupBy(e => e.Url, StringComparer.Ordinal))
        {
            var ordered = group.OrderBy(e => e.Published.UtcDateTime).ThenBy(e => e.SourcePath, StringComparer.Ordinal).ToList();
            result.Add(ordered[0]);
            var taken = new HashSet<string>(StringComparer.Ordinal) { ordered[0].Slug };
            foreach (var other in ordered.Skip(1))
            {
                var slug = SuffixedSlug(other, taken);
                var url = Urls.Article(other.LocalDate, slug);
                diagnostics.Warning(new SourceLocation(other.SourcePath),
                    $"another article on {other.LocalDate:yyyy-MM-dd} has the slug '{other.Slug}' ({ordered[0].SourcePath}); this one is published at {url}");
                result.Add(Renamed(other, slug, url));
            }
        }
        return result;
    }

    // The renamed copy of an entry, made once per process: a serve session then sees the same object build after build,
    // which is how it knows the article's pages are unchanged (see SiteChanges).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ArticleEntry, ArticleEntry> Copies = new();

    private static ArticleEntry Renamed(ArticleEntry entry, string slug, string url)
    {
        if (Copies.TryGetValue(entry, out var copy) && copy.Slug == slug && copy.Url == url) return copy;
        copy = entry with { Slug = slug, Url = url };
        Copies.AddOrUpdate(entry, copy);
        return copy;
    }

    private static string SuffixedSlug(ArticleEntry entry, HashSet<string> taken)
    {
        var hash = Hashing.Hex(entry.SourcePath)[..6];
        var slug = $"{entry.Slug}-{hash}";
        for (var n = 2; !taken.Add(slug); n++) slug = $"{entry.Slug}-{hash}-{n}";
        return slug;
    }
}
