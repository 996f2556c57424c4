using Archive.Model;
using Archive.Taxonomy;
using Archive.Text;

namespace Archive.Site;

/// <summary>Turns a read article into the metadata the site keeps, with its terms and URL.</summary>
public static class ArticleEntries
{
    // Dates outside these years are almost always typos, and near the ends of the calendar time zone arithmetic overflows.
    public const int MinYear = 1000;
    public const int MaxYear = 9000;
    private const int LongTitle = 300;
    /// <summary>A lede longer than this is not a summary (the copy has no paragraph breaks); every list and feed repeats it.</summary>
    public const int MaxSummary = 1000;

    /// <summary>The entry, or null (with an error) when the article cannot be placed in the archive.</summary>
    public static ArticleEntry? From(Article article, SiteConfig config, DiagnosticBag diagnostics, string displayPath)
    {
        if (article.Published is not { } published)
        {
            // The reader already said why; this names the consequence so the article is never silently lost.
            diagnostics.Error(new SourceLocation(displayPath), "the article is not published: it has no date");
            return null;
        }
        if (published.Year is < MinYear or > MaxYear)
        {
            diagnostics.Error(new SourceLocation(displayPath), $"the date {published:yyyy-MM-dd} is out of range: years {MinYear} to {MaxYear} are published");
            return null;
        }
        if (article.Title.Length > LongTitle)
            diagnostics.Warning(new SourceLocation(displayPath), $"the title is {article.Title.Length} characters long; is the headline line missing?");
        if (article.Paragraphs.Count == 0 && article.BodyHtml.Length == 0)
            diagnostics.Warning(new SourceLocation(displayPath), "the article has no body text: only its headline is published");
        var slug = article.Slug is { } explicitSlug ? Slugs.From(explicitSlug, Slugs.From(article.Title)) : Slugs.From(article.Title);
        if (article.Slug is { } given && LooksLikeAPath(given))
            diagnostics.Warning(new SourceLocation(displayPath), $"the slug '{given}' is not a URL segment (it has '/', '\\', '%', ':' or '..'); the article is published as '{slug}'");
        var date = DateOnly.FromDateTime(published.DateTime);
        return new ArticleEntry
        {
            SourcePath = article.SourcePath,
            Title = article.Title,
            Slug = slug,
            Url = Urls.Article(date, slug),
            Published = published,
            Updated = article.Updated,
            Authors = article.Authors,
            Dateline = article.Dateline,
            Terms = TermAssigner.Assign(article, config),
            Summary = Bounded(article.Summary),
            WordCount = article.WordCount,
        };
    }

    private static string Bounded(string summary)
    {
        if (summary.Length <= MaxSummary) return summary;
        var cut = summary.LastIndexOf(' ', MaxSummary - 1);
        if (cut <= MaxSummary / 2) cut = char.IsHighSurrogate(summary[MaxSummary - 2]) ? MaxSummary - 2 : MaxSummary - 1;
        return summary[..cut].TrimEnd() + "…";
    }

    private static bool LooksLikeAPath(string slug) =>
        slug.IndexOfAny(['/', '\\', '%', ':']) >= 0 || slug.Contains("..", StringComparison.Ordinal);
}
