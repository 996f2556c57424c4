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
}
