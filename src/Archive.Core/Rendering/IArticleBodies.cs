using Archive.Model;
using Archive.Site;

namespace Archive.Rendering;

/// <summary>Gives back an article's full record when its page is rendered, so the site model never holds bodies.</summary>
public interface IArticleBodies
{
    Article? Load(ArticleEntry entry);
}

/// <summary>Bodies kept in memory: for tests and small sites.</summary>
public sealed class InMemoryBodies(IReadOnlyDictionary<string, Article> bySourcePath) : IArticleBodies
{
    public Article? Load(ArticleEntry entry) => bySourcePath.GetValueOrDefault(entry.SourcePath);
}
