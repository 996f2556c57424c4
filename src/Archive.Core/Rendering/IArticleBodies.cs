using Archive.Model;
using Archive.Site;

namespace Archive.Rendering;

/// <summary>What rendering needs of an article besides its entry: the body and its photo captions.</summary>
public sealed record ArticleBody(string BodyHtml, IReadOnlyList<string> Captions)
{
    public static ArticleBody Of(Article article) => new(article.BodyHtml, article.Captions);
}

/// <summary>Gives back an article's body when its page is rendered, so the site model never holds bodies.</summary>
public interface IArticleBodies
{
    ArticleBody? Load(ArticleEntry entry);
}

/// <summary>Bodies kept in memory: for tests and small sites.</summary>
public sealed class InMemoryBodies(IReadOnlyDictionary<string, Article> bySourcePath) : IArticleBodies
{
    public ArticleBody? Load(ArticleEntry entry) => bySourcePath.GetValueOrDefault(entry.SourcePath) is { } article ? ArticleBody.Of(article) : null;
}
