using Archive.Model;
using Archive.Taxonomy;
using Archive.Text;

namespace Archive.Site;

/// <summary>Turns a read article into the metadata the site keeps, with its terms and URL.</summary>
public static class ArticleEntries
{
    /// <summary>The entry, or null (with an error) when the article cannot be placed in the archive.</summary>
    public static ArticleEntry? From(Article article, SiteConfig config, DiagnosticBag diagnostics, string displayPath)
    {
        if (article.Published is not { } published)
        {
            // The reader already said why; this names the consequence so the article is never silently lost.
            diagnostics.Error(new SourceLocation(displayPath), "the article is not published: it has no date");
            return null;
        }
        var slug = article.Slug is { } explicitSlug ? Slugs.From(explicitSlug, Slugs.From(article.Title)) : Slugs.From(article.Title);
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
            Summary = article.Summary,
            WordCount = article.WordCount,
        };
    }
}
