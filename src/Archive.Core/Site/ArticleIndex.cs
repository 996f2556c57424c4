using Archive.Content;
using Archive.Model;
using Archive.Reading;
using Archive.Rendering;
using Archive.Search;

namespace Archive.Site;

/// <summary>The first pass over content: read every file in parallel and keep only metadata.</summary>
public sealed record ArticleIndex(IReadOnlyList<ArticleEntry> Entries, IArticleBodies Bodies)
{
    public static ArticleIndex ReadAll(ContentSource source, IReadOnlyList<ContentEntry> files, SiteConfig config,
        DiagnosticBag diagnostics, int parallelism)
    {
        var entries = files
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(Math.Max(1, parallelism))
            .Select(file => ReadOne(source, file, config, diagnostics))
            .Where(entry => entry is not null)
            .Select(entry => entry!)
            .ToList();
        return new ArticleIndex(entries, new RereadBodies(source, files.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList(), config));
    }

    private static ArticleEntry? ReadOne(ContentSource source, ContentEntry file, SiteConfig config, DiagnosticBag diagnostics)
    {
        var text = source.Read(file, diagnostics);
        return text is null ? null : Parse(text, file, config, diagnostics);
    }

    /// <summary>The entry of one read file; null for drafts and articles that cannot be placed (with their diagnostics).</summary>
    /// <param name="keepBody">Given the article of every entry made, to keep its body for rendering.</param>
    internal static ArticleEntry? Parse(SourceFile text, ContentEntry file, SiteConfig config, DiagnosticBag diagnostics,
        Action<Article>? keepBody = null)
    {
        var article = Readers.Default.Read(text, config, diagnostics);
        if (article is null || article.Draft) return null;
        var entry = ArticleEntries.From(article, config, diagnostics, file.DisplayPath);
        if (entry is null) return null;
        keepBody?.Invoke(article);
        // The body is in hand only now: keep its search terms so the index never reads it again.
        return entry with { SearchTerms = SearchVocabulary.Shared.Collect(article) };
    }

    /// <summary>Reads an article again when its page is rendered; its diagnostics were reported by the first pass.</summary>
    /// <param name="files">The content files in ordinal path order, as listed (found by binary search: no index to build).</param>
    internal sealed class RereadBodies(ContentSource source, IReadOnlyList<ContentEntry> files, SiteConfig config) : IArticleBodies
    {
        public ArticleBody? Load(ArticleEntry entry)
        {
            int low = 0, high = files.Count - 1;
            ContentEntry? file = null;
            while (low <= high && file is null)
            {
                var middle = (low + high) >>> 1;
                var order = string.CompareOrdinal(files[middle].RelativePath, entry.SourcePath);
                if (order == 0) file = files[middle];
                else if (order < 0) low = middle + 1;
                else high = middle - 1;
            }
            if (file is null) return null;
            var ignored = new DiagnosticBag();
            var text = source.Read(file, ignored);
            return text is null ? null : Readers.Default.Read(text, config, ignored) is { } article ? ArticleBody.Of(article) : null;
        }
    }
}
