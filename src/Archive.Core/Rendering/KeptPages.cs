using Archive.Output;

namespace Archive.Rendering;

/// <summary>
/// The manifest entries of the pages one render kept, by article and by list: the next render of a serve session keeps
/// those pages again by their entries (a stamp check each) instead of building and looking up their paths.
/// </summary>
/// <param name="Stamp">The write the pages were kept into: the next writer trusts the entries only if it made its site.</param>
/// <param name="Articles">By the index of the article in the rendered model; null where its page was not kept.</param>
/// <param name="Lists">By the URL of the list: its page URLs and, by page number, the entries of the pages kept.</param>
/// <param name="Feeds">By the URL of the list: its feeds' URLs (Atom, RSS, JSON) and the entries of those kept.</param>
public sealed record KeptPages(WriteStamp Stamp, ManifestEntry?[] Articles, Dictionary<string, KeptListPages> Lists,
    Dictionary<string, KeptListPages> Feeds);

/// <summary>The URLs of a list's pages (or feeds), in their order, and the entries of those kept.</summary>
public sealed record KeptListPages(IReadOnlyList<string> Urls, ManifestEntry?[] Entries);
