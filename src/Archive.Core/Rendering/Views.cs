using Archive.Feeds;

namespace Archive.Rendering;

// View models: what templates see, with snake_case names (Scriban renames Title -> title, BodyHtml -> body_html).
// Strings are raw text; the escaping context escapes them on output. URLs are relative to the page being rendered.

/// <summary>A link with its text.</summary>
public sealed record LinkView(string Title, string Url);

/// <summary>A term link with its article count.</summary>
public sealed record TermLinkView(string Name, string? Url, int Count);

/// <summary>An article in a list.</summary>
public sealed record ArticleItemView(string Title, string Url, string Date, string DateIso, string? Source, string? Place, string Summary)
{
    /// <summary>The entry this item shows (hidden from templates): fingerprints hash its key rather than every field.</summary>
    internal Site.ArticleEntry? Entry { get; init; }
}

/// <summary>A group of list items under a heading (a year on a term page, a day on a month page).</summary>
public sealed record ItemGroupView(string Heading, IReadOnlyList<ArticleItemView> Items);

/// <summary>Newer/older links between pages of one list, and the numbered pages.</summary>
public sealed record PagerView(string? NewerUrl, string? OlderUrl, IReadOnlyList<LinkView> Pages);

/// <summary>A feed that a page links with <c>&lt;link rel="alternate"&gt;</c>.</summary>
public sealed record FeedLinkView(string Title, string Url, string Type);

/// <summary>Term links under a heading (the days of one month on the "On this day" index).</summary>
public sealed record TermGroupView(string Heading, IReadOnlyList<TermLinkView> Terms);

/// <summary>Links to the previous (older) and next (newer) year, month or day that has articles.</summary>
public sealed record CalendarPagerView(string Label, LinkView? Previous, LinkView? Next);

/// <summary>What every page has: title, canonical URL, breadcrumbs, navigation.</summary>
public sealed record PageView
{
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required string Kind { get; init; }
    public required string CanonicalUrl { get; init; }
    public required string HomeUrl { get; init; }
    public required string StylesheetUrl { get; init; }
    public IReadOnlyList<LinkView> Breadcrumbs { get; init; } = [];
    public IReadOnlyList<LinkView> Navigation { get; init; } = [];
    public IReadOnlyList<FeedLinkView> Feeds { get; init; } = [];
    /// <summary>OpenGraph and article tags, rendered as escaped <c>meta property</c> elements.</summary>
    public IReadOnlyList<MetaTagView> Meta { get; init; } = [];
    /// <summary>Extra markup for the head (OpenGraph, JSON-LD), already safe.</summary>
    public RawHtml Head { get; init; } = new("");
}

/// <summary>The site as templates see it.</summary>
public sealed record SiteView(string Title, string Description, string Language, int ArticleCount);

/// <summary>An article page's content.</summary>
public sealed record ArticleView
{
    public required string Title { get; init; }
    public string? Source { get; init; }
    public string? SourceUrl { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public required string Published { get; init; }
    public required string PublishedIso { get; init; }
    public string? Updated { get; init; }
    public string? UpdatedIso { get; init; }
    public string? Dateline { get; init; }
    public string? Place { get; init; }
    public string? PlaceUrl { get; init; }
    public required RawHtml Body { get; init; }
    public IReadOnlyList<string> Captions { get; init; } = [];
    public int WordCount { get; init; }
    public IReadOnlyList<TermLinkView> Topics { get; init; } = [];
    public IReadOnlyList<TermLinkView> Countries { get; init; } = [];
    public required LinkView DayLink { get; init; }
    public required LinkView MonthLink { get; init; }
    public required LinkView YearLink { get; init; }
    public required LinkView OnThisDayLink { get; init; }
    public ArticleItemView? Older { get; init; }
    public ArticleItemView? Newer { get; init; }
    public IReadOnlyList<ArticleItemView> Related { get; init; } = [];
}
