using AngleSharp.Html.Parser;

namespace Archive.Tests.Published;

public sealed class ThemeTests(SampleSiteFixture sample) : IClassFixture<SampleSiteFixture>
{
    [Fact]
    public void Heading_levels_never_skip_on_any_page()
    {
        var parser = new HtmlParser();
        foreach (var file in sample.Site.HtmlFiles())
        {
            var levels = parser.ParseDocument(sample.Site.Read(file)).QuerySelectorAll("h1,h2,h3,h4,h5,h6")
                .Select(h => h.LocalName[1] - '0').ToList();
            Assert.True(levels.Count > 0 && levels[0] == 1, $"{file} does not start with h1");
            for (var i = 1; i < levels.Count; i++)
                Assert.True(levels[i] <= levels[i - 1] + 1, $"{file}: h{levels[i - 1]} followed by h{levels[i]}");
        }
    }

    [Fact]
    public void Every_page_with_its_css_stays_under_60_kilobytes()
    {
        var css = new FileInfo(Path.Combine(sample.Site.Output, "assets/style.css")).Length;
        foreach (var file in sample.Site.HtmlFiles())
        {
            var size = new FileInfo(Path.Combine(sample.Site.Output, file)).Length + css;
            Assert.True(size < 60 * 1024, $"{file}: {size} bytes with CSS");
        }
    }

    [Fact]
    public void Not_found_page_links_from_the_base_path_so_it_works_at_any_depth()
    {
        var document = new HtmlParser().ParseDocument(sample.Site.Read("404.html"));
        var urls = document.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href") ?? "")
            .Where(h => !h.StartsWith('#')).ToList();
        Assert.NotEmpty(urls);
        Assert.All(urls, url => Assert.StartsWith("/news/", url));
        Assert.Contains("/news/assets/style.css", urls);
    }

    [Fact]
    public void On_this_day_index_links_every_on_this_day_page()
    {
        var site = sample.Site;
        var dayPages = site.HtmlFiles().Where(f => f.StartsWith("on-this-day/", StringComparison.Ordinal) && f.Split('/').Length == 3)
            .Select(f => f["on-this-day/".Length..^"index.html".Length]).Order(StringComparer.Ordinal).ToList();
        var links = new HtmlParser().ParseDocument(site.Read("on-this-day/index.html")).QuerySelectorAll("main a")
            .Select(a => a.GetAttribute("href") ?? "").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(dayPages, links);
        Assert.Equal(sample.Site.Result.Site!.OnThisDay.Count, links.Count);
    }

    [Fact]
    public void Year_calendar_links_each_day_with_articles_to_its_day_page_with_its_count()
    {
        var model = sample.Site.Result.Site!;
        foreach (var year in model.Years)
        {
            var document = new HtmlParser().ParseDocument(sample.Site.Read($"{year.Year:D4}/index.html"));
            var cells = document.QuerySelectorAll(".calendar td a").ToList();
            var days = year.Months.SelectMany(m => m.Days).ToList();
            Assert.Equal(days.Count, cells.Count);
            foreach (var (day, cell) in days.Zip(cells))
            {
                Assert.Equal($"{day.Date.Month:D2}/{day.Date.Day:D2}/", cell.GetAttribute("href"));
                Assert.Contains($"({day.Articles.Count})", cell.TextContent);
            }
        }
    }

    [Fact]
    public void Year_month_and_day_pages_link_the_previous_and_next_ones_with_articles()
    {
        var model = sample.Site.Result.Site!;
        var years = model.Years.Select(y => y.Url).ToList();
        var months = model.Years.SelectMany(y => y.Months).Select(m => m.Url).ToList();
        var days = model.Years.SelectMany(y => y.Months).SelectMany(m => m.Days).Select(d => d.Url).ToList();
        foreach (var chain in new[] { years, months, days })
        {
            Assert.True(chain.Count > 2);
            for (var i = 0; i < chain.Count; i++)
            {
                var document = new HtmlParser().ParseDocument(sample.Site.Read(chain[i][1..] + "index.html"));
                var pager = document.QuerySelector("nav.calendar-pager");
                Assert.NotNull(pager);
                Assert.Equal(i > 0 ? Archive.Site.Urls.Relative(chain[i], chain[i - 1]) : null, pager.QuerySelector("a[rel=prev]")?.GetAttribute("href"));
                Assert.Equal(i + 1 < chain.Count ? Archive.Site.Urls.Relative(chain[i], chain[i + 1]) : null, pager.QuerySelector("a[rel=next]")?.GetAttribute("href"));
            }
        }
    }

    [Fact]
    public void Hostile_text_is_escaped_on_every_page()
    {
        using var site = PublishedSite.Build(Articles.Markdown("hostile", Articles.Hostile, "2025-07-11T10:20:00+08:00", "Body.",
            topics: Articles.Yaml("<script>alert(3)</script>") is var t ? $"[{t}]" : "", source: "<i>Agency</i>", place: "\"><svg onload=alert(4)>",
            summary: "<b>lede</b>"));
        var parser = new HtmlParser();
        foreach (var file in site.HtmlFiles())
        {
            var document = parser.ParseDocument(site.Read(file));
            // Only JSON-LD data, or the theme's own search script (external, no inline code) on the search page.
            Assert.All(document.QuerySelectorAll("script").Where(s => !(s.GetAttribute("src")?.EndsWith("assets/search.js", StringComparison.Ordinal) == true && s.TextContent.Length == 0)),
                s => Assert.Equal("application/ld+json", s.GetAttribute("type")));
            Assert.Empty(document.QuerySelectorAll("img, svg, b, i, [onerror], [onload]"));
        }
        Assert.Contains(site.HtmlFiles(), f => site.Read(f).Contains("&lt;script&gt;alert(3)&lt;/script&gt;", StringComparison.Ordinal));
    }
}
