using System.Text.Json;
using System.Xml.Linq;
using Archive.Feeds;

namespace Archive.Tests.Published;

public sealed class FeedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static PublishedSite ThreeArticles(string config) => PublishedSite.Build(
        ("archive.yml", "title: Test Wire\n" + config),
        Articles.Markdown("first", "First story", "2025-07-09T08:00:00+08:00", "Body of the first story."),
        Articles.Markdown("second", "Second story", "2025-07-10T08:00:00+08:00", "Body of the second story.", topics: "[Sport]"),
        Articles.Markdown("third", "Third story", "2025-07-11T10:20:00+08:00", "Body of the third story.", summary: "The third lede."));

    [Fact]
    public void Site_feeds_hold_the_newest_items_with_absolute_urls_and_the_newest_date_as_updated()
    {
        using var site = ThreeArticles("feed_items: 2\n");
        var atom = XDocument.Parse(site.Read("feed.xml"));
        var entries = atom.Root!.Elements(Atom + "entry").ToList();
        Assert.Equal(["Third story", "Second story"], entries.Select(e => (string?)e.Element(Atom + "title")));
        Assert.Equal(PublishedSite.BaseUrl + "2025/07/11/third/", (string?)entries[0].Element(Atom + "id"));
        Assert.Equal("2025-07-11T10:20:00+08:00", (string?)atom.Root.Element(Atom + "updated"));

        var rss = XDocument.Parse(site.Read("rss.xml"));
        var items = rss.Descendants("item").ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal("Fri, 11 Jul 2025 10:20:00 +0800", (string?)items[0].Element("pubDate"));
        Assert.Equal(PublishedSite.BaseUrl + "2025/07/11/third/", (string?)items[0].Element("link"));

        using var json = JsonDocument.Parse(site.Read("feed.json"));
        Assert.Equal("https://jsonfeed.org/version/1.1", json.RootElement.GetProperty("version").GetString());
        Assert.Equal(PublishedSite.BaseUrl + "feed.json", json.RootElement.GetProperty("feed_url").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public void Full_text_feeds_carry_the_body_and_summary_feeds_do_not()
    {
        using var full = ThreeArticles("feed_full_text: true\n");
        var fullEntry = XDocument.Parse(full.Read("feed.xml")).Descendants(Atom + "entry").First();
        Assert.Contains("Body of the third story.", (string?)fullEntry.Element(Atom + "content"));
        using (var json = JsonDocument.Parse(full.Read("feed.json")))
            Assert.Contains("Body of the third story.", json.RootElement.GetProperty("items")[0].GetProperty("content_html").GetString());

        using var summaries = ThreeArticles("feed_full_text: false\n");
        var entry = XDocument.Parse(summaries.Read("feed.xml")).Descendants(Atom + "entry").First();
        Assert.Null(entry.Element(Atom + "content"));
        Assert.Equal("The third lede.", (string?)entry.Element(Atom + "summary"));
        Assert.DoesNotContain("Body of the third story.", summaries.Read("rss.xml"));
    }

    [Fact]
    public void Every_term_page_has_three_feeds_and_links_them()
    {
        using var site = ThreeArticles("");
        var termPages = site.HtmlFiles().Where(f => f.Split('/') is [("topics" or "countries" or "places" or "sources"), _, "index.html"]).ToList();
        Assert.NotEmpty(termPages);
        foreach (var page in termPages)
        {
            var folder = page[..^"index.html".Length];
            foreach (var feed in new[] { "feed.xml", "rss.xml", "feed.json" }) Assert.True(site.Exists(folder + feed), folder + feed);
            var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(site.Read(page));
            var links = html.QuerySelectorAll("link[rel=alternate]").Select(l => l.GetAttribute("href")).ToList();
            Assert.Equal(["feed.xml", "rss.xml", "feed.json"], links);
        }
        var sport = XDocument.Parse(site.Read("topics/sport/feed.xml"));
        Assert.Equal(["Second story"], sport.Descendants(Atom + "entry").Select(e => (string?)e.Element(Atom + "title")));
    }

    [Fact]
    public void Hostile_titles_leave_every_feed_well_formed_and_round_trip()
    {
        using var site = PublishedSite.Build(
            Articles.Markdown("hostile", Articles.Hostile, "2025-07-11T10:20:00+08:00", "Body.", topics: "[\"<b>Bold</b> & co\"]"));
        foreach (var path in new[] { "feed.xml", "rss.xml", "sitemap-news.xml" })
        {
            var xml = XDocument.Parse(site.Read(path));
            Assert.Contains(xml.Descendants(), e => !e.HasElements && e.Value == Articles.Hostile);
        }
        using var json = JsonDocument.Parse(site.Read("feed.json"));
        Assert.Equal(Articles.Hostile, json.RootElement.GetProperty("items")[0].GetProperty("title").GetString());
    }

    [Fact]
    public void Control_characters_are_dropped_rather_than_breaking_the_xml()
    {
        var feed = new FeedChannel("T\u0001itle", "d", "en", "p", "https://e/", "https://e/feed.xml", "https://e/rss.xml", "https://e/feed.json",
            DateTimeOffset.UnixEpoch, [new FeedItem("https://e/a/", "A\u0007B \U0001F600", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, ["x"], "s", null, [])]);
        var atom = XDocument.Parse(System.Text.Encoding.UTF8.GetString(AtomFeed.Write(feed)));
        Assert.Equal("Title", (string?)atom.Root!.Element(Atom + "title"));
        Assert.Equal("AB \U0001F600", (string?)atom.Root.Element(Atom + "entry")!.Element(Atom + "title"));
        XDocument.Parse(System.Text.Encoding.UTF8.GetString(RssFeed.Write(feed)));
    }

    [Fact]
    public void Rebuilding_gives_byte_identical_feeds_and_sitemaps()
    {
        using var first = ThreeArticles("");
        using var second = ThreeArticles("");
        foreach (var path in new[] { "feed.xml", "rss.xml", "feed.json", "sitemap.xml", "sitemap-news.xml", "robots.txt", "topics/sport/feed.xml" })
            Assert.Equal(first.Read(path), second.Read(path));
    }
}
