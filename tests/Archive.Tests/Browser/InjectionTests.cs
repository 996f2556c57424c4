using Archive.Tests.Published;

namespace Archive.Tests.Browser;

/// <summary>Hostile text in every field reaches Chromium as text: no page of such a site runs any script or opens a dialog.</summary>
[Collection(ServedSiteCollection.Name)]
public sealed class InjectionTests(ServedSiteFixture served)
{
    [Fact]
    public async Task Hostile_fields_run_no_script_in_chromium()
    {
        using var site = PublishedSite.Build(
            ("archive.yml", "title: \"<script>alert('title')</script>\"\ndescription: \"</p><img src=x onerror=alert('desc')>\"\n"),
            Articles.Markdown("hostile", Articles.Hostile, "2025-07-11T10:20:00+08:00",
                "Text [click](javascript:alert('link')) <script>alert('raw')</script>",
                topics: "[\"<svg onload=alert('topic')>\"]", source: "<script>alert('source')</script>",
                place: "\"><img src=x onerror=alert('place')>", summary: "</script><script>alert('summary')</script>"));
        await using var server = await StaticSiteServer.StartAsync(site.Output, ServedSiteFixture.BasePath);
        var browser = await served.BrowserAsync();
        var page = await browser.NewPageAsync();
        var incidents = new List<string>();
        page.Dialog += (_, dialog) => { incidents.Add($"dialog: {dialog.Message}"); _ = dialog.DismissAsync(); };
        // A failed load is reported by URL below (an injected <img src=x> would show up there); the browser's own favicon probe is not content.
        page.Console += (_, message) => { if (!message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal)) incidents.Add($"console: {message.Text}"); };
        page.Response += (_, response) => { if (response.Status >= 400 && !response.Url.EndsWith("/favicon.ico", StringComparison.Ordinal)) incidents.Add($"{response.Status}: {response.Url}"); };
        var pages = site.HtmlFiles();
        foreach (var file in pages)
        {
            var url = server.Origin + ServedSiteFixture.BasePath + (file.EndsWith("index.html", StringComparison.Ordinal) ? file[..^"index.html".Length] : file);
            await page.GotoAsync(url);
            foreach (var link in await page.Locator("a[href^='javascript:' i]").AllAsync())
                incidents.Add($"{file}: javascript: link {await link.GetAttributeAsync("href")}");
        }
        Assert.True(pages.Count > 10);
        Assert.True(incidents.Count == 0, string.Join("\n", incidents));
    }
}
