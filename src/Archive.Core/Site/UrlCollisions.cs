using Archive.Model;
using Archive.Text;

namespace Archive.Site;

/// <summary>
/// Gives articles that share a day and slug distinct URLs. The earliest (then first by path) keeps the plain slug; the others
/// get a suffix from a hash of their source path, so their URLs do not move when other files come and go.
/// </summary>
internal static class UrlCollisions
{
    /// <summary>The entries with distinct URLs (those that had one first, then the shared ones), and the census of their URLs.</summary>
    /// <param name="previous">The previous model of a session: its census is taken and updated with what changed, if it has
    /// one and few changed. Every collision is reported again either way.</param>
    public static (IReadOnlyList<ArticleEntry> Unique, UrlCensus Census) Resolve(IEnumerable<ArticleEntry> entries, DiagnosticBag diagnostics,
        SiteModel? previous = null)
    {
        var all = entries as IReadOnlyList<ArticleEntry> ?? entries.ToList();
        var census = previous?.TakeUrlCensus() is { } kept && Updated(kept, previous.Articles, all) ? kept : new UrlCensus(all);
        var roles = census.SharedRoles;
        roles.Clear();
        foreach (var group in census.SharedGroups) foreach (var entry in group) roles[entry] = true;
        var result = new List<ArticleEntry>(all.Count);
        if (roles.Count == 0) result.AddRange(all);
        else AddWithoutRoles(all, roles, previous?.Articles ?? [], result);
        foreach (var group in census.SharedGroups)
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
                var copy = Renamed(other, slug, url);
                result.Add(copy);
                roles.TryAdd(copy, false);
            }
        }
        return (result, census);
    }

    /// <summary>
    /// Updates the previous model's census with the entries added and removed since, told apart as the model's order is (see
    /// <see cref="ArticleOrder.From"/>); false, before changing it, when too many changed for that to pay.
    /// </summary>
    private static bool Updated(UrlCensus census, IReadOnlyList<ArticleEntry> previousList, IReadOnlyList<ArticleEntry> entryList)
    {
        var previous = EntryLists.AsSpan(previousList);
        var entries = EntryLists.AsSpan(entryList);
        var limit = 64 + entries.Length / 16;
        var roles = census.SharedRoles;
        // Which places of the previous model hold an entry with a role, found from the roles: then an entry at its slot needs
        // no look-up in them (a hash of every entry of 100,000), only the few elsewhere do.
        var places = RolePlaces(roles, previous);
        var sharedSeen = new HashSet<ArticleEntry>(ReferenceEqualityComparer.Instance);
        var added = new List<ArticleEntry>();
        foreach (var entry in entries)
        {
            var slot = EntryLists.SlotIn(previous, entry);
            var atSlot = slot >= 0;
            if (atSlot ? places[slot] == Place.WithRole : roles.Count > 0 && roles.ContainsKey(entry))
            {
                if (roles[entry]) sharedSeen.Add(entry);
                else if (added.Count == limit) return false;
                else added.Add(entry); // a renamed copy given as read: new to the census
            }
            else if (atSlot && places[slot] == Place.Unseen) places[slot] = Place.Kept;
            else if (added.Count == limit) return false;
            else added.Add(entry);
        }
        var removed = new List<ArticleEntry>();
        for (var i = 0; i < places.Length; i++)
        {
            // A role's entry whose slot is stale is not marked as such here: asked about by reference like any other.
            if (places[i] != Place.Unseen || roles.ContainsKey(previous[i])) continue;
            if (removed.Count == limit) return false;
            removed.Add(previous[i]);
        }
        removed.AddRange(roles.Where(r => r.Value && !sharedSeen.Contains(r.Key)).Select(r => r.Key));
        foreach (var entry in removed) census.Remove(entry);
        foreach (var entry in added) census.Add(entry);
        return true;
    }

    /// <summary>The entries without a role, told by their places in the previous model where they are there (see <see cref="RolePlaces"/>).</summary>
    private static void AddWithoutRoles(IReadOnlyList<ArticleEntry> all, Dictionary<ArticleEntry, bool> roles, IReadOnlyList<ArticleEntry> previousList,
        List<ArticleEntry> result)
    {
        var previous = EntryLists.AsSpan(previousList);
        var places = RolePlaces(roles, previous);
        foreach (var entry in EntryLists.AsSpan(all))
        {
            var slot = EntryLists.SlotIn(previous, entry);
            if (slot >= 0 ? places[slot] != Place.WithRole : !roles.ContainsKey(entry)) result.Add(entry);
        }
    }

    private enum Place : byte { Unseen, Kept, WithRole }

    /// <summary>
    /// For each place of <paramref name="previous"/>, whether the entry there has a role (the first of a shared group keeps
    /// its entry in the model; a renamed copy is in it too), marked where its slot points at it: an entry found at its slot
    /// has a role exactly when its place is marked.
    /// </summary>
    private static Place[] RolePlaces(Dictionary<ArticleEntry, bool> roles, ReadOnlySpan<ArticleEntry> previous)
    {
        var places = new Place[previous.Length];
        foreach (var entry in roles.Keys)
        {
            if (EntryLists.SlotIn(previous, entry) is >= 0 and var slot) places[slot] = Place.WithRole;
        }
        return places;
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
