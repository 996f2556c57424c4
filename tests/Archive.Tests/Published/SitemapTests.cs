using System.Xml.Linq;
using Archive.Feeds;

namespace Archive.Tests.Published;

public sealed class SitemapTests(SampleSiteFixture sample) : IClassFixture<SampleSiteFixture>
{
    private static readonly XNamespace Sm = Sitemaps.Ns;
    private static readonly XNamespace News = "http://www.google.com/schemas/sitemap-news/0.9";

    [Fact]
    public void Sitemap_lists_exactly_the_html_pages_of_the_site()
    {
        var site = sample.Site;
        var listed = XDocument.Parse(site.Read("sitemap.xml")).Descendants(Sm + "loc").Select(l => l.Value).Order(StringComparer.Ordinal).ToList();
        var pages = site.HtmlFiles().Where(f => f != "404.html")
            .Select(f => PublishedSite.BaseUrl + f[..^"index.html".Length]).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(pages, listed);
        Assert.True(listed.Count > 100);
    }

    [Fact]
    public void Articles_and_date_pages_come_oldest_first_after_the_undated_pages_so_a_new_article_only_extends_the_last_part()
    {
        var site = sample.Site;
        var listed = XDocument.Parse(site.Read("sitemap.xml")).Descendants(Sm + "url")
            .Select(u => (Loc: u.Element(Sm + "loc")!.Value[PublishedSite.BaseUrl.Length..], Modified: u.Element(Sm + "lastmod")?.Value)).ToList();
        var firstArticle = listed.FindIndex(u => u.Modified is not null);
        Assert.True(firstArticle > 0);
        var articles = listed.Where(u => u.Modified is not null).ToList();
        Assert.True(articles.Count > 30);
        var times = articles.Select(a => DateTimeOffset.Parse(a.Modified!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(times.OrderBy(t => t.UtcDateTime), times);

        // A year, month or day page follows the oldest article it lists (it joins the sitemap with it); the undated pages
        // (home, indexes, terms' landing pages) all come before the first article; a term's month or year page (and its
        // numbered pages) follows its oldest too.
        var datePage = new System.Text.RegularExpressions.Regex(@"^\d{4}/(\d{2}/(\d{2}/)?)?$");
        var termPeriodPage = new System.Text.RegularExpressions.Regex(@"^(topics|countries|places|sources)/[^/]+/(\d{4}/(\d{2}/)?)(page/\d+/)?$");
        var dated = 0;
        var termPeriods = 0;
        for (var i = 0; i < listed.Count; i++)
        {
            if (listed[i].Modified is not null) continue;
            if (termPeriodPage.Match(listed[i].Loc) is { Success: true } termPeriod)
            {
                // A term's period page follows its oldest article, which is of that period.
                Assert.StartsWith(termPeriod.Groups[2].Value, listed.Take(i).Last(u => u.Modified is not null).Loc);
                termPeriods++;
                continue;
            }
            if (!datePage.IsMatch(listed[i].Loc))
            {
                Assert.True(i < firstArticle, $"{listed[i].Loc} is listed among the articles");
                continue;
            }
            var before = listed.Take(i).Last(u => u.Modified is not null);
            Assert.StartsWith(listed[i].Loc, before.Loc);
            Assert.DoesNotContain(listed.Take(listed.IndexOf(before)), u => u.Modified is not null && u.Loc.StartsWith(listed[i].Loc, StringComparison.Ordinal));
            dated++;
        }
        Assert.True(dated > 10);
        Assert.True(termPeriods > 10);
    }

    [Fact]
    public void The_file_list_known_before_writing_matches_what_is_written()
    {
        foreach (var count in new[] { 0, 1, 2, 3, 4, 5, 7 })
        {
            var entries = Enumerable.Range(1, count).Select(i => new SitemapEntry($"/p{i}/", null, i < 3 ? 0 : 2020 + i / 3)).ToList();
            var written = Sitemaps.Write("https://e.org/", entries, maxUrlsPerFile: 2).Select(f => "/" + f.RelativePath);
            Assert.Equal(written, Sitemaps.Files(entries, maxUrlsPerFile: 2).Select(f => f.Url));
        }
    }

    [Fact]
    public void A_large_sitemap_becomes_an_index_of_parts_by_year()
    {
        SitemapEntry Dated(int i, int year) => new($"/{year}/p{i}/", new DateTimeOffset(year, 1 + i, 1, 0, 0, 0, TimeSpan.Zero), year);
        SitemapEntry[] entries = [new("/", null), new("/topics/", null), new("/about/", null), Dated(1, 2021), Dated(2, 2021), Dated(3, 2021), Dated(1, 2023)];
        var files = Sitemaps.Write("https://e.org/x/", entries, maxUrlsPerFile: 2);
        Assert.Equal(["sitemap.xml", "sitemap-pages.xml", "sitemap-pages-2.xml", "sitemap-2021.xml", "sitemap-2021-2.xml", "sitemap-2023.xml"],
            files.Select(f => f.RelativePath));
        var index = XDocument.Parse(System.Text.Encoding.UTF8.GetString(files[0].Content.Span));
        Assert.Equal("sitemapindex", index.Root!.Name.LocalName);
        Assert.Equal(files.Skip(1).Select(f => "https://e.org/x/" + f.RelativePath), index.Descendants(Sm + "loc").Select(l => l.Value));
        // Each part's newest date; the undated pages' parts have none.
        Assert.Equal(["2021-03-01T00:00:00+00:00", "2021-04-01T00:00:00+00:00", "2023-02-01T00:00:00+00:00"], index.Descendants(Sm + "lastmod").Select(l => l.Value));
        var parts = files.Skip(1).Select(f => XDocument.Parse(System.Text.Encoding.UTF8.GetString(f.Content.Span)).Descendants(Sm + "loc").Select(l => l.Value).ToList()).ToList();
        Assert.Equal(entries.Select(e => "https://e.org/x" + e.Url), parts.SelectMany(p => p));
        Assert.All(parts, p => Assert.True(p.Count <= 2));
        Assert.All(parts[2].Concat(parts[3]), url => Assert.Contains("/2021/", url));
    }

    [Fact]
    public void Robots_points_to_the_sitemaps()
    {
        var robots = sample.Site.Read("robots.txt");
        Assert.Contains("Sitemap: " + PublishedSite.BaseUrl + "sitemap.xml\n", robots);
        Assert.Contains("Sitemap: " + PublishedSite.BaseUrl + "sitemap-news.xml\n", robots);
    }

    [Fact]
    public void News_sitemap_holds_the_articles_of_the_two_days_before_the_newest()
    {
        using var site = PublishedSite.Build(
            ("archive.yml", "title: Test Wire\nlanguage: de\n"),
            Articles.Markdown("old", "Too old", "2025-07-08T10:00:00+00:00", "Body."),
            Articles.Markdown("edge", "Just inside", "2025-07-09T10:20:00+00:00", "Body."),
            Articles.Markdown("newest", "Newest", "2025-07-11T10:20:00+00:00", "Body."));
        var xml = XDocument.Parse(site.Read("sitemap-news.xml"));
        var urls = xml.Descendants(Sm + "url").ToList();
        Assert.Equal(["Newest", "Just inside"], urls.Select(u => u.Descendants(News + "title").Single().Value));
        var first = urls[0];
        Assert.Equal(PublishedSite.BaseUrl + "2025/07/11/newest/", first.Element(Sm + "loc")!.Value);
        Assert.Equal("Test Wire", first.Descendants(News + "name").Single().Value);
        Assert.Equal("de", first.Descendants(News + "language").Single().Value);
        Assert.Equal("2025-07-11T10:20:00+00:00", first.Descendants(News + "publication_date").Single().Value);
    }
}
