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
        var vocabulary = new SearchVocabulary();
        var entries = files
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(Math.Max(1, parallelism))
            .Select(file => ReadOne(source, file, config, diagnostics, vocabulary))
            .Where(entry => entry is not null)
            .Select(entry => entry!)
            .ToList();
        var byPath = files.ToDictionary(f => f.RelativePath, StringComparer.Ordinal);
        return new ArticleIndex(entries, new RereadBodies(source, byPath, config));
    }

    private static ArticleEntry? ReadOne(ContentSource source, ContentEntry file, SiteConfig config, DiagnosticBag diagnostics,
        SearchVocabulary vocabulary)
    {
        var text = source.Read(file, diagnostics);
        if (text is null) return null;
        var article = Readers.Default.Read(text, config, diagnostics);
        if (article is null || article.Draft) return null;
        var entry = ArticleEntries.From(article, config, diagnostics, file.DisplayPath);
        // The body is in hand only now: keep its search terms so the index never reads it again.
        return entry is null ? null : entry with { SearchTerms = vocabulary.Collect(article) };
    }

    /// <summary>Reads an article again when its page is rendered; its diagnostics were reported by the first pass.</summary>
    private sealed class RereadBodies(ContentSource source, IReadOnlyDictionary<string, ContentEntry> files, SiteConfig config) : IArticleBodies
    {
        public Article? Load(ArticleEntry entry)
        {
            if (!files.TryGetValue(entry.SourcePath, out var file)) return null;
            var ignored = new DiagnosticBag();
            var text = source.Read(file, ignored);
            return text is null ? null : Readers.Default.Read(text, config, ignored);
        }
    }
}
