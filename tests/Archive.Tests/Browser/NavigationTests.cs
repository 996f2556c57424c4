using Archive.Rendering;
using Archive.Site;
using Microsoft.Playwright;

namespace Archive.Tests.Browser;

[Collection(ServedSiteCollection.Name)]
public sealed class NavigationTests(ServedSiteFixture site)
{
    [Fact]
    public async Task A_reader_goes_from_home_to_year_month_day_article_and_a_topic()
    {
        var browser = await site.BrowserAsync();
        var page = await browser.NewPageAsync();
        var newest = site.Model.Articles[0];
        var date = newest.LocalDate;

        await page.GotoAsync(site.SiteUrl);
        await page.Locator("#by-year + ul a", new() { HasText = date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) }).ClickAsync();
        await Expect(page, Urls.Year(date.Year));
        await page.Locator("#months-heading + ul a").Last.ClickAsync();
        await Expect(page, Urls.Month(date.Year, date.Month));
        await page.Locator(".month-calendar td a").Last.ClickAsync();
        await Expect(page, Urls.Day(date));
        await page.Locator(".article-list a", new() { HasText = newest.Title }).ClickAsync();
        await Expect(page, newest.Url);
        Assert.Equal(newest.Title, await page.Locator("h1").TextContentAsync());
        Assert.Equal(["Home", date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), DateFormats.MonthName(date.Month), date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            await page.Locator(".breadcrumbs a").AllTextContentsAsync());

        var topic = page.Locator(".tags a").First;
        var topicName = await topic.TextContentAsync() ?? "";
        await topic.ClickAsync();
        Assert.Equal(topicName, await page.Locator("h1").TextContentAsync());
        Assert.Contains(newest.Title, await page.Locator("main").TextContentAsync());
        Assert.True(await page.Locator("link[rel=alternate][type='application/atom+xml']").CountAsync() == 1);
    }

    [Fact]
    public async Task Not_found_page_is_styled_and_its_links_work_at_any_depth()
    {
        var browser = await site.BrowserAsync();
        var page = await browser.NewPageAsync();
        var response = await page.GotoAsync(site.SiteUrl + "a/b/c/d/missing.html");
        Assert.Equal(404, response?.Status);
        var stylesheetRules = await page.EvaluateAsync<int>("() => document.styleSheets[0].cssRules.length");
        Assert.True(stylesheetRules > 10, "the 404 page's stylesheet did not load");
        await page.Locator("main a", new() { HasText = "archive by date" }).ClickAsync();
        await Expect(page, Urls.Archive);
    }

    [Fact]
    public async Task Layout_has_no_horizontal_scroll_at_375_and_1280_pixels()
    {
        var browser = await site.BrowserAsync();
        Directory.CreateDirectory(Clients.ScreenshotDir);
        var failures = new List<string>();
        foreach (var width in new[] { 375, 1280 })
        {
            var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
            var page = await context.NewPageAsync();
            foreach (var (kind, url) in site.PageKinds())
            {
                await page.GotoAsync(site.UrlOf(url));
                var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
                if (overflow > 0) failures.Add($"{kind} ({url}) at {width} px scrolls sideways by {overflow} px");
                await page.ScreenshotAsync(new() { Path = Path.Combine(Clients.ScreenshotDir, $"{kind}-{width}.png") });
            }
            await context.DisposeAsync();
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private Task Expect(IPage page, string siteUrl) => PageNavigation.WaitForUrl(page, site.UrlOf(siteUrl));
}
