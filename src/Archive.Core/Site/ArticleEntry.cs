using Archive.Model;

namespace Archive.Site;

/// <summary>What the site keeps of an article: its metadata, never its body (bodies are re-read when its page is rendered).</summary>
public sealed record ArticleEntry
{
    public required string SourcePath { get; init; }
    public required string Title { get; init; }
    public required string Slug { get; init; }
    /// <summary>Site-relative URL, e.g. <c>/2025/07/11/slug/</c>; from <see cref="Urls"/>.</summary>
    public required string Url { get; init; }
    public required DateTimeOffset Published { get; init; }
    public DateTimeOffset? Updated { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public Dateline? Dateline { get; init; }
    public ArticleTerms Terms { get; init; } = ArticleTerms.None;
    public string Summary { get; init; } = "";
    public int WordCount { get; init; }
    /// <summary>A hash of the source bytes' decoded text: changes when the article does.</summary>
    public string ContentHash { get; init; } = "";
    /// <summary>The article's distinct search terms with the field each was found in; gathered on the first read.</summary>
    public Search.SearchTerms? SearchTerms { get; init; }

    /// <summary>The publication day in the article's own time zone.</summary>
    public DateOnly LocalDate => DateOnly.FromDateTime(Published.DateTime);

    /// <summary>Where the entry was in the last model it was sorted into; a hint that is checked before use (see ArticleOrder).</summary>
    internal ModelSlot Slot;
}

/// <summary>
/// An entry's index in the last model it was sorted into. Not part of the entry's value: every slot equals every other, so
/// records that differ only in it are equal (and hash alike).
/// </summary>
internal struct ModelSlot : IEquatable<ModelSlot>
{
    public int Index;

    public readonly bool Equals(ModelSlot other) => true;
    public override readonly bool Equals(object? obj) => obj is ModelSlot;
    public override readonly int GetHashCode() => 0;
}
