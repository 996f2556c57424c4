using Archive.Tests.Published;

namespace Archive.Tests.Browser;

/// <summary>Hostile text in every field reaches Chromium as text: no page of such a site runs any script or opens a dialog.</summary>
[Collection(ServedSiteCollection.Name)]
public sealed class InjectionTests(ServedSiteFixture served)
{
    [Fact]
    public async Task Hostile_fields_run_no_script_in_chromium()
    {
        // Payloads in every field that reaches a page: config title, description and topics; article title, authors, source,
        // place, topics, summary, slug, body; Markdown links, images and raw HTML; wire copy headline, byline and body.
        using var site = PublishedSite.Build(Hardening.HostileSites.Files());
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
        Assert.Contains(pages, p => p.StartsWith("2025/07/11/", StringComparison.Ordinal) && p.Contains("script", StringComparison.Ordinal));
        Assert.True(incidents.Count == 0, string.Join("\n", incidents));
    }
}
