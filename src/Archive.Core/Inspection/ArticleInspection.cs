using Archive.Content;
using Archive.Model;
using Archive.Reading;
using Archive.Taxonomy;

namespace Archive.Inspection;

/// <summary>What <c>archive inspect</c> shows for one input file: the record the readers made (or none) and the diagnostics.</summary>
/// <param name="Path">The path as the user gave it, '/' separated.</param>
public sealed record ArticleInspection(string Path, Article? Article, ArticleTerms Terms, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Decodes and reads one file's bytes with the same readers as <c>build</c>. Pure.</summary>
    public static ArticleInspection Of(string path, ReadOnlySpan<byte> bytes, SiteConfig config)
    {
        var diagnostics = new DiagnosticBag();
        var file = ContentSource.Decode(path, path, bytes, diagnostics);
        var article = file is null ? null : Readers.Default.Read(file, config, diagnostics);
        return From(path, article, config, diagnostics);
    }

    /// <summary>An inspection for a file that could not be read at all.</summary>
    public static ArticleInspection Unreadable(string path, string message) =>
        new(path, null, ArticleTerms.None, [new Diagnostic(Severity.Error, new SourceLocation(path), message)]);

    public static ArticleInspection From(string path, Article? article, SiteConfig config, DiagnosticBag diagnostics) =>
        new(path, article, article is null ? ArticleTerms.None : TermAssigner.Assign(article, config), diagnostics.Sorted());

    /// <summary>Why each topic was or was not assigned; set by <see cref="WithExplanation"/> for <c>--explain</c>.</summary>
    public TermExplanation? Explanation { get; init; }

    /// <summary>This inspection with the taxonomy's evidence for every candidate term.</summary>
    public ArticleInspection WithExplanation(SiteConfig config) =>
        Article is null ? this : this with { Explanation = TermAssigner.Explain(Article, config) };

    /// <summary>The topics key: subject topics first, then countries.</summary>
    public IReadOnlyList<string> Topics => Terms.Topics.Concat(Terms.Countries).ToList();

    /// <summary>The slug the site will use: front matter's, else one made from the title.</summary>
    public string? Slug => Article is null ? null : Article.Slug ?? Text.Slugs.From(Article.Title);
}
