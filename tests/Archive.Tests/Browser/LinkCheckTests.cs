using AngleSharp.Html.Parser;

namespace Archive.Tests.Browser;

/// <summary>A crawler over the served site: every internal link and asset resolves, and every page is reachable from home.</summary>
[Collection(ServedSiteCollection.Name)]
public sealed class LinkCheckTests(ServedSiteFixture site)
{
    [Fact]
    public async Task Every_internal_link_and_asset_resolves_and_every_page_is_reachable_from_home()
    {
        using var http = new HttpClient();
        var parser = new HtmlParser();
        var origin = new Uri(site.SiteUrl);
        var status = new Dictionary<string, int>(StringComparer.Ordinal);
        var broken = new List<string>();
        var queue = new Queue<Uri>([origin]);
        var checkedLinks = 0;
        while (queue.Count > 0)
        {
            var url = queue.Dequeue();
            using var response = await http.GetAsync(url);
            var html = await response.Content.ReadAsStringAsync();
            if (response.Content.Headers.ContentType?.MediaType != "text/html") continue;
            var document = parser.ParseDocument(html);
            foreach (var element in document.QuerySelectorAll("[href], [src]"))
            {
                var reference = element.GetAttribute("href") ?? element.GetAttribute("src") ?? "";
                var target = new Uri(url, reference);
                if (target.Scheme != origin.Scheme || target.Authority != origin.Authority) continue;
                checkedLinks++;
                var key = target.GetLeftPart(UriPartial.Path);
                if (!status.TryGetValue(key, out var code))
                {
                    using var head = await http.GetAsync(key);
                    status[key] = code = (int)head.StatusCode;
                    if (code == 200 && key.EndsWith('/')) queue.Enqueue(new Uri(key));
                }
                if (code != 200) broken.Add($"{url} -> {reference} ({code})");
                if (target.Fragment is ['#', .. var id] && key == url.GetLeftPart(UriPartial.Path) && document.GetElementById(id) is null)
                    broken.Add($"{url} -> {reference} (no such id)");
            }
        }
        Assert.True(broken.Count == 0, string.Join("\n", broken.Take(50)));
        Assert.True(checkedLinks > 1000, $"only {checkedLinks} links checked");

        var reached = status.Where(s => s.Value == 200).Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        var orphans = site.Site.HtmlFiles().Where(f => f != "404.html")
            .Select(f => site.SiteUrl + f[..^"index.html".Length]).Where(u => !reached.Contains(u) && u != site.SiteUrl).ToList();
        Assert.True(orphans.Count == 0, "pages no link reaches:\n" + string.Join("\n", orphans));
    }
}
