using System.Xml.Linq;
using Archive.Feeds;
using Archive.Model;
using Archive.Site;
using Archive.Tests.TestSupport;
using Archive.Tests.Workflow;

namespace Archive.Tests.Site;

/// <summary>
/// A thin term (fewer than a page of articles a month on average over the months it spans) is browsed by year, not by
/// month: no page per month with one or two articles.
/// </summary>
public sealed class TermYearPagesTests
{
    /// <summary>
    /// Trade: one article in March 2023, three in 2024 (two in February, one in November), one in January 2025: five over
    /// 23 months, two a page, so by year.
    /// </summary>
    private static (string Path, string Text)[] ThinTrade() =>
    [
        ("archive.yml", "page_size: 2\n"),
        Story(1, "2023-03-10T09:00:00+00:00"),
        Story(2, "2024-02-03T09:00:00+00:00"),
        Story(3, "2024-02-20T09:00:00+00:00"),
        Story(4, "2024-11-12T09:00:00+00:00"),
        Story(5, "2025-01-07T09:00:00+00:00"),
    ];

    private static (string Path, string Text) Story(int n, string date, string topic = "Trade") => Articles.Story(n, date, topic);

    [Fact]
    public void A_term_is_browsed_by_month_from_a_page_of_articles_a_month_on_average_over_the_months_it_spans()
    {
        // Three pages' worth over three months (March to May, April empty) by local date: at the threshold exactly.
        var atThreshold = new[] { Entry(1, 2025, 3, 1), Entry(2, 2025, 3, 2), Entry(3, 2025, 5, 1), Entry(4, 2025, 5, 2), Entry(5, 2025, 5, 3), Entry(6, 2025, 5, 4) };
        Assert.True(TermPeriods.ByMonth(atThreshold, pageSize: 2));
        Assert.False(TermPeriods.ByMonth(atThreshold[1..], pageSize: 2));
        Assert.True(TermPeriods.ByMonth(atThreshold[1..], pageSize: 1));
        // A single article: by month only when a page holds one.
        Assert.False(TermPeriods.ByMonth(atThreshold[..1], pageSize: 2));
        Assert.True(TermPeriods.ByMonth(atThreshold[..1], pageSize: 1));

        // At UTC+8, March 31 20:00 UTC is April 1: the span is April to May, two months, and four articles fill two pages.
        var local = new[] { Entry(7, new DateTimeOffset(2025, 4, 1, 4, 0, 0, TimeSpan.FromHours(8))), Entry(8, 2025, 4, 2), Entry(9, 2025, 5, 1), Entry(10, 2025, 5, 2) };
        Assert.True(TermPeriods.ByMonth(local, pageSize: 2));
        Assert.False(TermPeriods.ByMonth([Entry(11, new DateTimeOffset(2025, 3, 31, 23, 0, 0, TimeSpan.Zero)), .. local[1..]], pageSize: 2));
    }

    [Fact]
    public void A_thin_terms_periods_are_years_with_their_urls_and_a_dense_terms_months()
    {
        // Three articles over two months: by month only at one a page.
        var entries = new[] { Entry(1, 2023, 12, 1), Entry(2, 2024, 1, 1), Entry(3, 2024, 1, 2) };
        var model = SiteModel.Build(SiteConfig.Default with { MinTermCount = 1, PageSize = 2 }, entries, new DiagnosticBag());
        var term = Assert.Single(model.Terms[TermKind.Topic]);

        Assert.Equal(["/topics/trade/2023/: Story 1", "/topics/trade/2024/: Story 3, Story 2"],
            TermPeriods.Of(term, 2).Select(p => $"{p.Url}: {string.Join(", ", p.Articles.Select(a => a.Title))}").ToList());
        Assert.All(TermPeriods.Of(term, 2), p => Assert.Null(p.Month));
        Assert.Equal([(2023, 12), (2024, 1)], TermPeriods.Of(term, 1).Select(p => (p.Year, p.Month ?? 0)).ToList());
        Assert.Equal("/places/beijing/0999/", Urls.TermYear(TermKind.Place, "beijing", 999));
    }

    [Fact]
    public void The_landing_page_of_a_thin_term_links_its_years_with_counts_and_no_months()
    {
        using var site = TestSite.With(ThinTrade());
        var built = site.Build();

        Assert.Empty(built.Errors);
        var landing = built.Html("topics/trade/index.html");
        Assert.Equal("Articles by year", landing.QuerySelector("#periods-heading")?.TextContent);
        Assert.Equal(["2025/ 2025 1", "2024/ 2024 3", "2023/ 2023 1"], landing.QuerySelectorAll(".archive-years h3")
            .Select(h => $"{h.QuerySelector("a")?.GetAttribute("href")} {h.TextContent}").ToList());
        Assert.Empty(landing.QuerySelectorAll(".archive-years li li"));
        Assert.DoesNotContain(built.Files(), f => f.StartsWith("topics/trade/2024/02/", StringComparison.Ordinal));
        Assert.Equal([], built.BrokenInternalLinks());
    }

    [Fact]
    public void A_term_year_lists_that_years_articles_by_month_paginated_and_links_the_terms_years_around_it()
    {
        using var site = TestSite.With(ThinTrade());
        var built = site.Build();

        Assert.Equal(["Story 4", "Story 3"], built.ListedTitles("topics/trade/2024/index.html"));
        Assert.Equal(["Story 3", "Story 2"], built.ListedTitles("topics/trade/2024/page/1/index.html"));
        Assert.Equal(["Story 4"], built.ListedTitles("topics/trade/2024/page/2/index.html"));
        var year = built.Html("topics/trade/2024/index.html");
        Assert.Equal("Trade: 2024", year.QuerySelector("h1")?.TextContent);
        Assert.StartsWith("Trade: 2024 · ", year.Title);
        Assert.Equal(["Home", "Topics", "Trade", "2024"], year.QuerySelectorAll(".breadcrumbs a").Select(a => a.TextContent).ToList());
        Assert.Equal(["November 2024", "February 2024"], year.QuerySelectorAll("main h2").Select(h => h.TextContent).ToList());
        Assert.Equal(["February 2024"], built.Html("topics/trade/2024/page/1/index.html").QuerySelectorAll("main h2").Select(h => h.TextContent).ToList());
        Assert.Equal("../../../2024/", year.QuerySelector(".archive-link a")?.GetAttribute("href"));
        Assert.Equal("Every article of 2024", year.QuerySelector(".archive-link a")?.TextContent);
        Assert.Equal("page/1/", year.QuerySelector("nav[aria-label=Pages] a[rel=next]")?.GetAttribute("href"));
        var around = year.QuerySelector(".calendar-pager");
        Assert.Equal("../2023/", around?.QuerySelector("a[rel=prev]")?.GetAttribute("href"));
        Assert.Equal("../2025/", around?.QuerySelector("a[rel=next]")?.GetAttribute("href"));
        Assert.Null(built.Html("topics/trade/2023/index.html").QuerySelector(".calendar-pager a[rel=prev]"));
        Assert.Null(built.Html("topics/trade/2025/index.html").QuerySelector(".calendar-pager a[rel=next]"));
        Assert.False(built.Exists("topics/trade/2023/page/1/index.html"));
        Assert.Equal([], built.BrokenInternalLinks());
    }

    [Fact]
    public void The_sitemap_lists_each_term_year_page_after_the_oldest_article_it_lists()
    {
        using var site = TestSite.With(ThinTrade());
        var built = site.Build();

        var listed = XDocument.Parse(built.Text("sitemap.xml")).Descendants(XNamespace.Get(Sitemaps.Ns) + "loc")
            .Select(l => l.Value["https://news.example.org/archive/".Length..]).ToList();
        int At(string url) => listed.FindIndex(u => u.EndsWith(url, StringComparison.Ordinal));
        Assert.InRange(At("topics/trade/2023/"), At("/story-1/") + 1, At("/story-2/") - 1);
        Assert.InRange(At("topics/trade/2024/"), At("/story-2/") + 1, At("/story-3/") - 1);
        Assert.InRange(At("topics/trade/2024/page/1/"), At("/story-2/") + 1, At("/story-3/") - 1);
        Assert.InRange(At("topics/trade/2024/page/2/"), At("/story-4/") + 1, At("/story-5/") - 1);
        Assert.True(At("topics/trade/2025/") > At("/story-5/"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_term_that_turns_dense_switches_to_month_pages_and_back_leaving_no_page_of_the_other_kind(bool session)
    {
        using var temp = new TempFolder();
        foreach (var (path, text) in ThinTrade()) temp.Write(path, text);
        var serve = new ArchiveBuild();
        BuildResult Rebuild() => (session ? serve : new ArchiveBuild()).Run(Options(temp, "site", clean: false));
        Assert.True(Rebuild().Succeeded);
        Assert.True(File.Exists(temp["site/topics/trade/2024/index.html"]));

        // Squeezed into two months (two in January, six in February), eight articles fill two pages a month: by month.
        for (var n = 1; n <= 5; n++) temp.Write($"content/s{n}.md", Story(n, $"2024-0{1 + n % 2}-0{n}T09:00:00+00:00").Text);
        for (var n = 6; n <= 8; n++) temp.Write($"content/s{n}.md", Story(n, $"2024-02-1{n}T09:00:00+00:00").Text);
        AssertSameAsClean(temp, Rebuild());
        var trade = Directory.EnumerateFiles(temp["site/topics/trade"], "index.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(temp["site/topics/trade"], f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["2024/01/index.html", "2024/02/index.html", "2024/02/page/1/index.html", "2024/02/page/2/index.html", "2024/02/page/3/index.html", "index.html"], trade);

        // One article more, a year later: thin again.
        temp.Write("content/s9.md", Story(9, "2025-02-01T09:00:00+00:00").Text);
        AssertSameAsClean(temp, Rebuild());
        Assert.True(File.Exists(temp["site/topics/trade/2024/index.html"]));
        Assert.True(File.Exists(temp["site/topics/trade/2025/index.html"]));
        Assert.False(Directory.Exists(temp["site/topics/trade/2024/01"]));
        Assert.False(Directory.Exists(temp["site/topics/trade/2024/02"]));
    }

    private static void AssertSameAsClean(TempFolder temp, BuildResult incremental)
    {
        Assert.True(incremental.Succeeded, string.Join('\n', incremental.Diagnostics));
        Assert.True(new ArchiveBuild().Run(Options(temp, "clean", clean: true)).Succeeded);
        SiteTrees.AssertSame(temp["clean"], temp["site"]);
    }

    private static BuildOptions Options(TempFolder temp, string output, bool clean) => new()
    {
        ContentDir = temp["content"],
        OutputDir = temp[output],
        BaseUrl = "https://news.example.org/archive/",
        Clean = clean,
    };

    private static ArticleEntry Entry(int n, int year, int month, int day) => Entry(n, new DateTimeOffset(year, month, day, 9, 0, 0, TimeSpan.Zero));

    private static ArticleEntry Entry(int n, DateTimeOffset published) => new()
    {
        SourcePath = $"s{n}.md", Title = $"Story {n}", Slug = $"story-{n}",
        Url = Urls.Article(DateOnly.FromDateTime(published.DateTime), $"story-{n}"),
        Published = published,
        Terms = new ArticleTerms(["Trade"], [], null, null),
    };
}
