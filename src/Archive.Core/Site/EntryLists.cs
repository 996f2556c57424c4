using System.Runtime.InteropServices;

namespace Archive.Site;

/// <summary>Lists of entries read as spans in passes over every article: no interface call per entry.</summary>
internal static class EntryLists
{
    /// <summary>The list's entries, in place for an array or a list (not to be changed while the span is used); copied otherwise.</summary>
    public static ReadOnlySpan<ArticleEntry> AsSpan(IReadOnlyList<ArticleEntry> entries) => entries switch
    {
        ArticleEntry[] array => array,
        List<ArticleEntry> list => CollectionsMarshal.AsSpan(list),
        _ => entries.ToArray(),
    };

    /// <summary>The same entry objects in the same order.</summary>
    public static bool Same(IReadOnlyList<ArticleEntry> before, IReadOnlyList<ArticleEntry> now)
    {
        // A session's model keeps the very list objects no change touched (see ArchiveIndexPatch).
        if (ReferenceEquals(before, now)) return true;
        if (before.Count != now.Count) return false;
        for (var i = 0; i < now.Count; i++) if (!ReferenceEquals(before[i], now[i])) return false;
        return true;
    }

    /// <summary>Where the entry's slot says it is in <paramref name="model"/> (the articles of the model it was last sorted
    /// into), if it is there: checked by reference, as a slot may be stale. -1 otherwise.</summary>
    public static int SlotIn(ReadOnlySpan<ArticleEntry> model, ArticleEntry entry)
    {
        var slot = entry.Slot.Index;
        return (uint)slot < (uint)model.Length && ReferenceEquals(model[slot], entry) ? slot : -1;
    }
}
