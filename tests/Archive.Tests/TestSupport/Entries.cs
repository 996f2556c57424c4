using Archive.Site;

namespace Archive.Tests.TestSupport;

/// <summary>Article entries made in memory, for tests of the site model and what is compared with it.</summary>
internal static class Entries
{
    /// <summary>Story n, published at that time, with no terms (so no related articles and no term links).</summary>
    public static ArticleEntry Story(int n, DateTimeOffset published) => new()
    {
        SourcePath = $"a{n}.md", Title = $"Story {n}", Slug = $"story-{n}", Url = $"/{published:yyyy/MM/dd}/story-{n}/", Published = published,
    };
}
