using System.Globalization;

namespace Archive.Tests.Workflow;

/// <summary>
/// A serve session adding the newest article: the unchanged numbered pages of its lists and the unchanged sitemap parts are
/// kept, not rendered, and the output is still byte-identical to a clean build.
/// </summary>
public sealed class SessionListPagesTests
{
    private static readonly DateTime First = new(2020, 1, 1, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_newest_article_renders_a_few_pages_of_each_long_list_and_builds_what_a_clean_build_does()
    {
        using var temp = new TempFolder();
        temp.Write("archive.yml", "title: Session\npage_size: 1\n");
        // One article a month: the date lists are single pages; the topic, source and place have 80 months each.
        for (var n = 0; n < 80; n++) Write(temp, n, First.AddMonths(n));
        var session = new ArchiveBuild();
        Assert.True(session.Run(Options(temp, "site")).Succeeded);

        Write(temp, 80, First.AddMonths(80));
        var jobs = new JobCount();
        var rebuilt = session.Run(Options(temp, "site") with { Progress = jobs });
        Assert.True(new ArchiveBuild().Run(Options(temp, "clean") with { Clean = true }).Succeeded);

        SiteTrees.AssertSame(temp["clean"], temp["site"]);
        // Each of the three terms renders its landing page and its newest two months (the new one, and the one before it,
        // which links it as next), not every month: that would take more jobs for one of them than the whole rebuild did.
        var termPages = Directory.GetDirectories(Path.Combine(temp["site"], "sources", "xinhua")).SelectMany(Directory.GetDirectories).Count();
        Assert.Equal(81, termPages);
        Assert.True(jobs.Total < termPages, $"{jobs.Total} render jobs");
        Assert.True(rebuilt.Stats.PagesSkipped > 3 * termPages);
    }

    [Fact]
    public void A_back_dated_article_renders_its_terms_landing_pages_and_its_month_not_every_later_page()
    {
        using var temp = new TempFolder();
        temp.Write("archive.yml", "title: Session\npage_size: 1\n");
        for (var n = 0; n < 80; n++) Write(temp, n, First.AddMonths(n));
        var session = new ArchiveBuild();
        Assert.True(session.Run(Options(temp, "site")).Succeeded);
        var before = SiteTrees.Read(temp["site"]);

        // Into the sixth of 80 months: a list paginated over all the term's articles would shift the window of 75 pages.
        Write(temp, 80, First.AddMonths(5).AddDays(3));
        var jobs = new RenderJobCount();
        Assert.True(session.Run(Options(temp, "site") with { Progress = jobs }).Succeeded);
        Assert.True(new ArchiveBuild().Run(Options(temp, "clean") with { Clean = true }).Succeeded);

        SiteTrees.AssertSame(temp["clean"], temp["site"]);
        var after = SiteTrees.Read(temp["site"]);
        foreach (var term in new[] { "sources/xinhua/", "topics/economy-and-business/", "places/beijing/" })
        {
            // Pages only: a term's feeds describe it with its article count.
            var changed = after.Keys.Where(path => path.StartsWith(term, StringComparison.Ordinal) && path.EndsWith(".html", StringComparison.Ordinal)
                && !(before.TryGetValue(path, out var bytes) && bytes.AsSpan().SequenceEqual(after[path]))).ToList();
            Assert.Equal([$"{term}2020/06/index.html", $"{term}2020/06/page/1/index.html", $"{term}2020/06/page/2/index.html", $"{term}index.html"],
                changed.Order(StringComparer.Ordinal));
        }
        // Per term its landing page and the month's three pages (and its feeds), with the date pages, three articles and the
        // search index (about 40 parts for a back-dated article): had the terms' lists shifted, 225 pages would have been
        // rendered for them alone.
        Assert.True(jobs.Total < 120, $"{jobs.Total} render jobs");
    }

    [Fact]
    public void Sitemap_parts_before_the_newest_article_are_kept_and_the_output_is_what_a_clean_build_gives()
    {
        using var temp = new TempFolder();
        for (var n = 0; n < 30; n++) Write(temp, n, First.AddMonths(n));
        var session = new ArchiveBuild { SitemapUrlsPerFile = 10 };
        Assert.True(session.Run(Options(temp, "site")).Succeeded);
        var parts = Directory.GetFiles(temp["site"], "sitemap-*.xml").Order(StringComparer.Ordinal).ToList();
        Assert.True(parts.Count > 3);
        var before = parts.ToDictionary(p => p, File.ReadAllBytes);

        // Published on the newest article's day: no list gains a page, so only the articles' end of the sitemap changes.
        Write(temp, 30, First.AddMonths(29).AddHours(3));
        Assert.True(session.Run(Options(temp, "site")).Succeeded);
        Assert.True(new ArchiveBuild { SitemapUrlsPerFile = 10 }.Run(Options(temp, "clean") with { Clean = true }).Succeeded);

        SiteTrees.AssertSame(temp["clean"], temp["site"]);
        var changed = before.Where(p => !File.ReadAllBytes(p.Key).AsSpan().SequenceEqual(p.Value)).Select(p => Path.GetFileName(p.Key)).ToList();
        Assert.NotEmpty(changed);
        Assert.True(changed.Count < parts.Count, "some parts stay as they were");

        // A newest article in a month of its own adds a year, month and day page and numbered pages to its lists: they join
        // the sitemap with it, at the end, so the parts before the last one still keep their bytes.
        parts = NumberedParts(temp["site"]);
        before = parts.ToDictionary(p => p, File.ReadAllBytes);
        Write(temp, 31, First.AddMonths(31));
        Assert.True(session.Run(Options(temp, "site")).Succeeded);
        Assert.True(new ArchiveBuild { SitemapUrlsPerFile = 10 }.Run(Options(temp, "clean") with { Clean = true }).Succeeded);
        SiteTrees.AssertSame(temp["clean"], temp["site"]);
        changed = before.Where(p => !File.ReadAllBytes(p.Key).AsSpan().SequenceEqual(p.Value)).Select(p => Path.GetFileName(p.Key)).ToList();
        Assert.All(changed, name => Assert.Equal(Path.GetFileName(parts[^1]), name));
        Assert.True(NumberedParts(temp["site"]).Count >= parts.Count);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_back_dated_article_changes_its_years_sitemap_parts_and_the_index_only(bool session)
    {
        using var temp = new TempFolder();
        for (var n = 0; n < 40; n++) Write(temp, n, First.AddMonths(n));
        var build = new ArchiveBuild { SitemapUrlsPerFile = 10 };
        Assert.True(build.Run(Options(temp, "site")).Succeeded);
        var parts = NumberedParts(temp["site"]);
        var before = parts.ToDictionary(p => p, File.ReadAllBytes);
        var year = First.AddMonths(13).Year;
        Assert.Contains(parts, p => Path.GetFileName(p).StartsWith($"sitemap-{year}", StringComparison.Ordinal));

        Write(temp, 40, First.AddMonths(13).AddDays(2));
        Assert.True((session ? build : new ArchiveBuild { SitemapUrlsPerFile = 10 }).Run(Options(temp, "site")).Succeeded);
        Assert.True(new ArchiveBuild { SitemapUrlsPerFile = 10 }.Run(Options(temp, "clean") with { Clean = true }).Succeeded);

        SiteTrees.AssertSame(temp["clean"], temp["site"]);
        var changed = before.Where(p => !File.Exists(p.Key) || !File.ReadAllBytes(p.Key).AsSpan().SequenceEqual(p.Value)).Select(p => Path.GetFileName(p.Key)).ToList();
        Assert.NotEmpty(changed);
        // The undated pages' parts may change (the new day page is undated); no other year's part does.
        Assert.All(changed, name => Assert.True(name.StartsWith($"sitemap-{year}", StringComparison.Ordinal) || name.StartsWith("sitemap-pages", StringComparison.Ordinal), name));
        Assert.True(changed.Count < parts.Count / 2, string.Join(' ', changed));
    }

    /// <summary>The sitemap's parts in the index's order (the undated pages', then each year's).</summary>
    private static List<string> NumberedParts(string site) => [.. System.Xml.Linq.XDocument.Load(Path.Combine(site, "sitemap.xml"))
        .Descendants(System.Xml.Linq.XName.Get("loc", Archive.Feeds.Sitemaps.Ns))
        .Select(loc => Path.Combine(site, loc.Value[(loc.Value.LastIndexOf('/') + 1)..]))];

    private static BuildOptions Options(TempFolder temp, string output) => new()
    {
        ContentDir = temp["content"],
        OutputDir = temp[output],
    };

    private static void Write(TempFolder temp, int n, DateTime published) =>
        temp.Write($"content/{published:yyyy}/{published:MM}/a{n}.md", string.Create(CultureInfo.InvariantCulture, $"""
            ---
            title: Story {n}
            date: {published:yyyy-MM-dd'T'HH:mm:ss'+00:00'}
            source: Xinhua
            topics:
              - Economy
            place: Beijing
            ---

            Paragraph {n} of the archive.
            """));

    /// <summary>The number of render jobs of a build: the total it reports when it starts writing.</summary>
    private sealed class JobCount : IProgress<BuildProgress>
    {
        public int Total { get; private set; }

        public void Report(BuildProgress value)
        {
            if (value.Phase == "write") Total = value.Total;
        }
    }
}
