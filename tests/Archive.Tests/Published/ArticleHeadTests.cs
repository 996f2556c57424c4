using System.Text.Json;
using AngleSharp.Html.Parser;

namespace Archive.Tests.Published;

public sealed class ArticleHeadTests
{
    private const string Lede = "Negotiators met in Geneva on Friday to discuss the treaty.";

    [Fact]
    public void Article_head_has_canonical_description_opengraph_and_news_article_json_ld()
    {
        using var site = PublishedSite.Build(Articles.Markdown("treaty-talks", "Treaty talks resume", "2025-07-11T10:20:00+08:00",
            $"GENEVA, July 11 (Xinhua) -- {Lede}\n\nSecond paragraph.", topics: "[Diplomacy, China]", place: "Geneva"));
        var document = new HtmlParser().ParseDocument(site.Read("2025/07/11/treaty-talks/index.html"));
        var url = PublishedSite.BaseUrl + "2025/07/11/treaty-talks/";
        Assert.Equal(url, document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal(Lede, document.QuerySelector("meta[name=description]")?.GetAttribute("content"));
        string? Og(string property) => document.QuerySelector($"meta[property='{property}']")?.GetAttribute("content");
        Assert.Equal("article", Og("og:type"));
        Assert.Equal("Treaty talks resume", Og("og:title"));
        Assert.Equal(url, Og("og:url"));
        Assert.Equal("2025-07-11T10:20:00+08:00", Og("article:published_time"));

        using var json = JsonDocument.Parse(document.QuerySelector("script[type='application/ld+json']")?.TextContent ?? "");
        var ld = json.RootElement;
        Assert.Equal("NewsArticle", ld.GetProperty("@type").GetString());
        Assert.Equal("Treaty talks resume", ld.GetProperty("headline").GetString());
        Assert.Equal("2025-07-11T10:20:00+08:00", ld.GetProperty("datePublished").GetString());
        Assert.Equal("2025-07-11T10:20:00+08:00", ld.GetProperty("dateModified").GetString());
        Assert.Equal("Li Wei", ld.GetProperty("author")[0].GetProperty("name").GetString());
        Assert.Equal("News Archive", ld.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal("Geneva", ld.GetProperty("locationCreated").GetProperty("name").GetString());
        Assert.Equal("Diplomacy", ld.GetProperty("articleSection").GetString());
        Assert.Contains("Diplomacy", ld.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal(url, ld.GetProperty("url").GetString());
        Assert.StartsWith("GENEVA", ld.GetProperty("dateline").GetString());
    }

    [Fact]
    public void A_title_that_closes_the_script_element_stays_inside_the_json()
    {
        using var site = PublishedSite.Build(Articles.Markdown("hostile", Articles.Hostile, "2025-07-11T10:20:00+08:00", "Body."));
        var html = site.Read("2025/07/11/hostile/index.html");
        var document = new HtmlParser().ParseDocument(html);
        var scripts = document.QuerySelectorAll("script");
        var ld = Assert.Single(scripts);
        using var json = JsonDocument.Parse(ld.TextContent);
        Assert.Equal(Articles.Hostile, json.RootElement.GetProperty("headline").GetString());
        Assert.Empty(document.QuerySelectorAll("img[onerror]"));
        Assert.Equal(Articles.Hostile, document.QuerySelector("h1")?.TextContent);
        Assert.Equal(Articles.Hostile, document.QuerySelector("meta[property='og:title']")?.GetAttribute("content"));
    }
}
