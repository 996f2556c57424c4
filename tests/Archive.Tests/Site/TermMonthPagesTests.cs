using System.Xml.Linq;
using Archive.Feeds;
using Archive.Model;
using Archive.Site;
using Archive.Tests.TestSupport;

namespace Archive.Tests.Site;

/// <summary>A dense term's landing page indexes its months; each month of the term is a list of its own, paginated.</summary>
public sealed class TermMonthPagesTests
{
    /// <summary>
    /// Trade: three articles in November 2024, one in January 2025, four in February 2025 (eight over four months, two a
    /// page: by month); Sport: one in January (half a page a month: by year).
    /// </summary>
    private static TestSite Site() => TestSite.With(
        ("archive.yml", "page_size: 2\n"),
        Articles.Story(1, "2024-11-03T09:00:00+00:00", "Trade"),
        Articles.Story(2, "2024-11-12T09:00:00+00:00", "Trade"),
        Articles.Story(3, "2024-11-28T09:00:00+00:00", "Trade"),
        Articles.Story(4, "2025-01-07T09:00:00+00:00", "Trade"),
        Articles.Story(5, "2025-01-08T09:00:00+00:00", "Sport"),
        Articles.Story(6, "2025-02-02T09:00:00+00:00", "Trade"),
        Articles.Story(7, "2025-02-20T09:00:00+00:00", "Trade"),
        Articles.Story(8, "2025-02-24T09:00:00+00:00", "Trade"),
        Articles.Story(9, "2025-02-26T09:00:00+00:00", "Trade"));



    [Fact]
    public void The_landing_page_shows_the_newest_articles_and_every_month_with_its_count_newest_year_first()
    {
        using var site = Site();
        var built = site.Build();

        Assert.Empty(built.Errors);
        Assert.Equal(["Story 9", "Story 8"], built.ListedTitles("topics/trade/index.html"));
        var landing = built.Html("topics/trade/index.html");
        Assert.Equal(["2025 5", "2024 3"], landing.QuerySelectorAll(".archive-years h3").Select(h => h.TextContent).ToList());
        Assert.Equal(["2025/01/ January 1", "2025/02/ February 4", "2024/11/ November 3"], landing.QuerySelectorAll(".archive-years li li")
            .Select(li => $"{li.QuerySelector("a")?.GetAttribute("href")} {li.TextContent}").ToList());
        Assert.Single(landing.QuerySelectorAll("h1"));
        // No numbered pages under the term itself: its past is browsed by month.
        Assert.DoesNotContain(built.Files(), f => f.StartsWith("topics/trade/page/", StringComparison.Ordinal));
        Assert.Equal([], built.BrokenInternalLinks());
    }

    [Fact]
    public void A_term_month_lists_that_months_articles_of_the_term_paginated_and_links_the_terms_months_around_it()
    {
        using var site = Site();
        var built = site.Build();

        // Three articles, two a page: the landing page shows the newest two, numbered pages count from the oldest.
        Assert.Equal(["Story 3", "Story 2"], built.ListedTitles("topics/trade/2024/11/index.html"));
        Assert.Equal(["Story 2", "Story 1"], built.ListedTitles("topics/trade/2024/11/page/1/index.html"));
        Assert.Equal(["Story 3"], built.ListedTitles("topics/trade/2024/11/page/2/index.html"));
        var november = built.Html("topics/trade/2024/11/index.html");
        Assert.Equal("Trade: November 2024", november.QuerySelector("h1")?.TextContent);
        Assert.StartsWith("Trade: November 2024 · ", november.Title);
        Assert.Equal(["Home", "Topics", "Trade", "November 2024"], november.QuerySelectorAll(".breadcrumbs a").Select(a => a.TextContent).ToList());
        Assert.Equal("../../../../2024/11/", november.QuerySelector(".archive-link a")?.GetAttribute("href"));
        Assert.Equal("page/1/", november.QuerySelector("nav[aria-label=Pages] a[rel=next]")?.GetAttribute("href"));
        var around = november.QuerySelector(".calendar-pager");
        Assert.Null(around?.QuerySelector("a[rel=prev]"));
        Assert.Equal("../../2025/01/", around?.QuerySelector("a[rel=next]")?.GetAttribute("href"));

        // January holds Sport's article too, which is not Trade's.
        Assert.Equal(["Story 4"], built.ListedTitles("topics/trade/2025/01/index.html"));
        Assert.Equal(["Story 5"], built.ListedTitles("topics/sport/2025/index.html"));
        var january = built.Html("topics/trade/2025/01/index.html");
        Assert.Equal(["November 2024", "February 2025"], january.QuerySelectorAll(".calendar-pager a").Select(a => a.TextContent.Trim('←', '→', ' ')).ToList());
        Assert.False(built.Exists("topics/trade/2024/12/index.html"));
        Assert.False(built.Exists("topics/trade/2025/01/page/1/index.html"));
        Assert.Equal([], built.BrokenInternalLinks());
    }

    [Fact]
    public void The_sitemap_lists_each_term_month_page_after_the_oldest_article_it_lists()
    {
        using var site = Site();
        var built = site.Build();

        var listed = XDocument.Parse(built.Text("sitemap.xml")).Descendants(XNamespace.Get(Sitemaps.Ns) + "loc")
            .Select(l => l.Value["https://news.example.org/archive/".Length..]).ToList();
        string[] pages = ["topics/trade/2024/11/", "topics/trade/2024/11/page/1/", "topics/trade/2024/11/page/2/",
            "topics/trade/2025/01/", "topics/trade/2025/02/", "topics/trade/2025/02/page/2/", "topics/sport/2025/"];
        Assert.All(pages, page => Assert.Contains(page, listed));
        int At(string url) => listed.FindIndex(u => u.EndsWith(url, StringComparison.Ordinal));
        // Each right after its oldest article, before the site's next article: the landing page of a month after the oldest
        // of the month (as the archive's month pages); the term's own landing page is undated, listed first.
        Assert.InRange(At("topics/trade/2024/11/"), At("/story-1/") + 1, At("/story-2/") - 1);
        Assert.InRange(At("topics/trade/2024/11/page/1/"), At("/story-1/") + 1, At("/story-2/") - 1);
        Assert.InRange(At("topics/trade/2024/11/page/2/"), At("/story-3/") + 1, At("/story-4/") - 1);
        Assert.InRange(At("topics/trade/2025/02/"), At("/story-6/") + 1, At("/story-7/") - 1);
        Assert.InRange(At("topics/trade/2025/02/page/2/"), At("/story-8/") + 1, At("/story-9/") - 1);
        // A year period likewise, after its oldest article.
        Assert.InRange(At("topics/sport/2025/"), At("/story-5/") + 1, At("/story-6/") - 1);
        Assert.True(At("topics/trade/") < At("/story-1/"));
    }

    [Fact]
    public void Articles_are_grouped_by_their_local_month_even_where_time_zones_interleave_the_months()
    {
        // Newest first by instant: October 31 20:00 UTC, then November 1 00:30 at UTC+8 (October 31 16:30 UTC), then
        // October 15: October's articles are not contiguous in the term's list.
        var entries = new[]
        {
            Entry(1, new DateTimeOffset(2022, 10, 31, 20, 0, 0, TimeSpan.Zero)),
            Entry(2, new DateTimeOffset(2022, 11, 1, 0, 30, 0, TimeSpan.FromHours(8))),
            Entry(3, new DateTimeOffset(2022, 10, 15, 9, 0, 0, TimeSpan.Zero)),
        };
        var model = SiteModel.Build(SiteConfig.Default with { MinTermCount = 1 }, entries, new DiagnosticBag());

        // One article a page: three articles over two months are browsed by month.
        var months = TermPeriods.Of(Assert.Single(model.Terms[TermKind.Topic]), pageSize: 1);

        Assert.Equal(["/topics/trade/2022/10/: Story 1, Story 3", "/topics/trade/2022/11/: Story 2"],
            months.Select(m => $"{m.Url}: {string.Join(", ", m.Articles.Select(a => a.Title))}").ToList());
        Assert.Equal(model.Years.SelectMany(y => y.Months).Select(m => m.Articles.Select(a => a.Title)), months.Select(m => m.Articles.Select(a => a.Title)));
    }

    private static ArticleEntry Entry(int n, DateTimeOffset published) => new()
    {
        SourcePath = $"s{n}.md", Title = $"Story {n}", Slug = $"story-{n}",
        Url = Urls.Article(DateOnly.FromDateTime(published.DateTime), $"story-{n}"),
        Published = published,
        Terms = new ArticleTerms(["Trade"], [], null, null),
    };

    [Fact]
    public void A_term_month_url_is_under_the_term()
    {
        Assert.Equal("/topics/trade/2022/10/", Urls.TermMonth(TermKind.Topic, "trade", 2022, 10));
        Assert.Equal("/sources/xinhua/0999/01/", Urls.TermMonth(TermKind.Source, "xinhua", 999, 1));
        Assert.Equal("/countries/china/2022/10/page/3/", Urls.Page(Urls.TermMonth(TermKind.Country, "china", 2022, 10), 3));
    }
}
