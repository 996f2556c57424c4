using Archive.Model;
using Archive.Output;
using Archive.Rendering;
using Archive.Site;

namespace Archive.Tests.Rendering;

/// <summary>
/// A serve rebuild keeps the pages the last render kept by the manifest entries it remembered (a stamp check each), not
/// by building and looking up their paths: the same pages as without them, only the others looked up by path.
/// </summary>
public sealed class RememberedPagesTests
{
    private static readonly SiteConfig Config = SiteConfig.Default with { PageSize = 3 };

    /// <summary>Article n, every 40 days from January 2020, under one of two topics: several pages per topic and year.</summary>
    private static ArticleEntry Article(int n)
    {
        var published = new DateTimeOffset(2020, 1, 1, 9, 0, 0, TimeSpan.Zero).AddDays(40 * n);
        return new()
        {
            SourcePath = $"a{n}.md", Title = $"Story {n}", Slug = $"story-{n}",
            Url = $"/{published:yyyy}/{published:MM}/{published:dd}/story-{n}/",
            Published = published,
            Terms = new ArticleTerms([n % 2 == 0 ? "Economy" : "Sport"], [], null, null),
        };
    }

    private static SiteModel Model(IEnumerable<ArticleEntry> articles) => SiteModel.Build(Config, articles, new DiagnosticBag());

    private static (SiteRenderer Renderer, RecordingReuse Reuse, List<string> Rendered) Render(SiteModel current, SiteModel previous, KeptPages? remembered)
    {
        var diagnostics = new DiagnosticBag();
        var reuse = new RecordingReuse();
        var renderer = new SiteRenderer(current, new TemplateStore(null, diagnostics), new InMemoryBodies(new Dictionary<string, Article>()), diagnostics)
        {
            PreviousSite = previous,
            PreviousPages = remembered,
            Reuse = reuse,
        };
        var rendered = renderer.JobsBeforeSearchIndex().Where(job => !job.Placed).Select(job => job.Url).Order(StringComparer.Ordinal).ToList();
        return (renderer, reuse, rendered);
    }

    [Fact]
    public void A_second_rebuild_keeps_what_the_first_kept_by_entry_and_the_same_pages_as_without_them()
    {
        var articles = Enumerable.Range(1, 40).Select(Article).ToList();
        var newer = Article(41);
        var first = Model(articles);
        var second = Model(articles.Append(newer));
        var third = Model(articles.Append(newer).Append(Article(42)));
        var (renderer, before, _) = Render(second, first, remembered: null);

        var (_, remembering, rendered) = Render(third, second, renderer.Pages);
        var (_, forgetting, renderedAnyway) = Render(third, second, remembered: null);

        Assert.Equal(renderedAnyway, rendered);
        Assert.Equal(forgetting.Kept.Order(StringComparer.Ordinal), remembering.Kept.Order(StringComparer.Ordinal));
        Assert.Empty(forgetting.ByEntry);
        Assert.True(remembering.ByEntry.Count > 40, $"{remembering.ByEntry.Count} pages kept by entry");
        Assert.All(remembering.KeptBy, stamp => Assert.Same(before.Stamp, stamp));
        // Looked up by path: only pages the last render did not keep (it rendered them), and the sitemap's parts.
        var keptAgainByPath = remembering.ByPath.Intersect(before.Kept).Where(path => !path.StartsWith("sitemap", StringComparison.Ordinal)).ToList();
        Assert.True(keptAgainByPath.Count == 0, string.Join(' ', keptAgainByPath));
    }

    [Theory]
    [InlineData("2020/02/10/story-1/index.html", "/2020/02/10/story-1/", true)]
    [InlineData("feed.xml", "/feed.xml", true)]
    [InlineData("topics/economy/2020/02/page/2/index.html", "/topics/economy/2020/02/page/2/", true)]
    [InlineData("2020/02/10/story-1/index.html", "/2020/02/10/story-2/", false)]
    [InlineData("2020/02/10/story-1/index.html", "/2020/02/10/story-1", false)]
    [InlineData("feed.xml/index.html", "/feed.xml/", true)]
    [InlineData("feed.xml", "/feed.xml/", false)]
    [InlineData("index.html", "/", true)]
    [InlineData("", "/", false)]
    public void An_entry_is_taken_for_a_page_only_at_its_output_path(string path, string url, bool expected)
    {
        Assert.Equal(string.Equals(path, Urls.OutputPath(url), StringComparison.Ordinal), expected);
        Assert.Equal(expected, SiteRenderer.IsOutputPathOf(path, url));
    }

    /// <summary>An output folder holding every page, keepable as it is, recording how each was kept.</summary>
    private sealed class RecordingReuse : IPageReuse
    {
        private readonly Lock gate = new();
        public List<string> ByPath { get; } = [];
        public List<string> ByEntry { get; } = [];
        public List<WriteStamp> KeptBy { get; } = [];
        public IEnumerable<string> Kept => ByPath.Concat(ByEntry);
        public WriteStamp Stamp { get; } = new(0);

        public bool TryReuse(string relativePath, string fingerprint) => false;

        public ManifestEntry? Keep(string relativePath)
        {
            lock (gate) ByPath.Add(relativePath);
            return new ManifestEntry(relativePath, "kept");
        }

        public ManifestEntry? Keep(ManifestEntry kept, WriteStamp keptBy)
        {
            lock (gate)
            {
                ByEntry.Add(kept.Path);
                KeptBy.Add(keptBy);
            }
            return kept;
        }
    }
}
