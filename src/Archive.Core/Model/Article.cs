namespace Archive.Model;

/// <summary>Which reader produced an article.</summary>
public enum ContentFormat { PlainText, Markdown }

/// <summary>The place and date that open a wire story: <c>PYONGYANG, July 10 (Xinhua) -- </c>.</summary>
/// <param name="Place">The place as written (<c>PYONGYANG</c>).</param>
/// <param name="Date">The dateline's date, year inferred from the publication date; null when it names none.</param>
/// <param name="Text">The dateline exactly as it stood, separator included.</param>
/// <param name="Source">The agency named in the dateline, if any.</param>
public sealed record Dateline(string? Place, DateOnly? Date, string Text, string? Source);

/// <summary>One article as a reader understood it: typed fields, body included.</summary>
public sealed record Article
{
    /// <summary>Path relative to the content folder, '/' separated.</summary>
    public required string SourcePath { get; init; }
    public required ContentFormat Format { get; init; }
    public required string Title { get; init; }
    /// <summary>An explicit slug from front matter; null means derive one from the title.</summary>
    public string? Slug { get; init; }
    public string? Source { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public DateTimeOffset? Published { get; init; }
    public DateTimeOffset? Updated { get; init; }
    public Dateline? Dateline { get; init; }
    /// <summary>An explicit place from front matter; otherwise the dateline's.</summary>
    public string? Place { get; init; }
    /// <summary>Topics given by the author (front matter); the taxonomy adds inferred ones later.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];
    public string Summary { get; init; } = "";
    /// <summary>Body paragraphs as plain text, the dateline removed from the first.</summary>
    public IReadOnlyList<string> Paragraphs { get; init; } = [];
    /// <summary>Photo captions found in pasted copy, kept apart from the body.</summary>
    public IReadOnlyList<string> Captions { get; init; } = [];
    /// <summary>The body as safe HTML.</summary>
    public string BodyHtml { get; init; } = "";
    public int WordCount { get; init; }
    public bool Draft { get; init; }
}
