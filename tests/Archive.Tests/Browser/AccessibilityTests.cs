using System.Text.Json;
using Microsoft.Playwright;

namespace Archive.Tests.Browser;

[Collection(ServedSiteCollection.Name)]
public sealed class AccessibilityTests(ServedSiteFixture site)
{
    private const string RunAxe = """
        async () => {
          const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
          return JSON.stringify(result.violations.map(v => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')) })));
        }
        """;

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Axe_finds_no_wcag_2_1_aa_violations_on_any_kind_of_page(ColorScheme scheme)
    {
        Clients.Require(Clients.AxeScript, "npm ci");
        var browser = await site.BrowserAsync();
        var context = await browser.NewContextAsync(new() { ColorScheme = scheme });
        var page = await context.NewPageAsync();
        var failures = new List<string>();
        foreach (var (kind, url) in site.PageKinds())
        {
            await page.GotoAsync(site.UrlOf(url));
            await page.AddScriptTagAsync(new() { Path = Clients.AxeScript });
            var violations = JsonDocument.Parse(await page.EvaluateAsync<string>(RunAxe)).RootElement;
            if (violations.GetArrayLength() > 0) failures.Add($"{kind} ({url}): {violations}");
        }
        await context.DisposeAsync();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
