using Archive.Site;
using Archive.Tests.Browser;
using Microsoft.Playwright;

namespace Archive.Tests.Search;

/// <summary>The search page of the sample archive in real Chromium, served under a sub-path from 127.0.0.1.</summary>
public sealed class SearchBrowserTests : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";
    private const long QueryBudget = 300 * 1024;
    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private readonly string output = Path.Combine(Path.GetTempPath(), "archive-search-" + Guid.NewGuid().ToString("N"));
    private SiteModel? model;
    private LoopbackSiteServer? server;
    private IPlaywright? playwright;
    private IBrowser? chromium;

    private SiteModel Site => model ?? throw new InvalidOperationException("not initialised");
    private LoopbackSiteServer Server => server ?? throw new InvalidOperationException("not initialised");
    private IBrowser Browser => chromium ?? throw new InvalidOperationException("not initialised");

    public async Task InitializeAsync()
    {
        var result = new ArchiveBuild().Run(new BuildOptions { ContentDir = Path.Combine(RepositoryRoot(), "content"), OutputDir = output, MaxParallelism = 2 });
        Assert.True(result.Stats.SiteWritten, string.Join('\n', result.Diagnostics));
        model = result.Site ?? throw new InvalidOperationException("no site model");
        server = new LoopbackSiteServer(output, "/news/");
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: apt-get install -y chromium");
        playwright = await Playwright.CreateAsync();
        chromium = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Args = ChromiumArgs });
    }

    private ArticleEntry Reference => Site.Articles.Single(a => a.SourcePath.EndsWith("china-dprk-treaty-anniversary.txt", StringComparison.Ordinal));

    [Fact]
    public async Task Finds_body_words_phrases_and_filtered_title_words_then_opens_the_result_within_the_byte_budget()
    {
        var page = await Browser.NewPageAsync();
        var fetched = new List<(string Url, int Bytes)>();
        page.Response += async (_, response) =>
        {
            if (!response.Url.Contains("/search/", StringComparison.Ordinal) || !response.Url.EndsWith(".json", StringComparison.Ordinal)) return;
            var body = await response.BodyAsync();
            lock (fetched) fetched.Add((response.Url, body.Length));
        };
        await page.GotoAsync(Server.SiteUrl + "search/");

        var body = await Search(page, "imperialism", "", fetched);
        Assert.Equal([Reference.Title], body.Titles);

        var phrase = await Search(page, "\"Treaty of Friendship\"", "", fetched);
        Assert.Equal(Reference.Title, phrase.Titles.First());

        var topic = Site.Terms[TermKind.Topic].First(t => t.Articles.Contains(Reference));
        var unfiltered = await Search(page, "anniversary", "", fetched);
        var filtered = await Search(page, "anniversary", topic.Slug, fetched);
        Assert.Equal(Reference.Title, filtered.Titles.First());
        Assert.All(filtered.Titles, title => Assert.Contains(topic.Articles, a => a.Title == title));
        Assert.Subset(unfiltered.Titles.ToHashSet(), filtered.Titles.ToHashSet());

        foreach (var query in new[] { body, phrase, unfiltered, filtered })
        {
            Assert.True(query.Bytes <= QueryBudget, $"{query.Bytes} bytes");
            Assert.True(query.Bytes > 0, "each query fetched its index files");
        }
        // The network log (read asynchronously) must agree with what the script counted.
        var counted = body.Bytes + phrase.Bytes + unfiltered.Bytes + filtered.Bytes;
        for (var wait = 0; wait < 50 && NetworkBytes(fetched) != counted; wait++) await Task.Delay(100);
        Assert.Equal(counted, NetworkBytes(fetched));

        await page.Locator("#search-results a", new() { HasText = Reference.Title }).ClickAsync();
        await PageNavigation.WaitForUrl(page, Server.SiteUrl + Reference.Url[1..]);
        Assert.Equal(Reference.Title, await page.Locator("h1").TextContentAsync());
        await page.GoBackAsync(new() { WaitUntil = WaitUntilState.Commit }); // not "load": see PageNavigation
        await page.WaitForFunctionAsync("() => window.archiveSearch && window.archiveSearch.done");
        Assert.Equal(filtered.Titles, await page.Locator("#search-results h3").AllTextContentsAsync());
    }

    [Fact]
    public async Task Without_javascript_the_page_says_so_and_links_to_topics_and_dates()
    {
        await using var context = await Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(Server.SiteUrl + "search/");
        var notice = page.Locator(".search-noscript");
        Assert.Contains("needs JavaScript", await notice.TextContentAsync());
        Assert.False(await page.Locator("#search-form").IsVisibleAsync());
        await notice.Locator("a", new() { HasText = "date" }).ClickAsync();
        await PageNavigation.WaitForUrl(page, Server.SiteUrl + Urls.Archive[1..]);
        await page.GoBackAsync(new() { WaitUntil = WaitUntilState.Commit }); // not "load": see PageNavigation
        await page.Locator(".search-noscript a", new() { HasText = "topic" }).ClickAsync();
        await PageNavigation.WaitForUrl(page, Server.SiteUrl + Urls.TermIndex(TermKind.Topic)[1..]);
    }

    private sealed record QueryResult(IReadOnlyList<string> Titles, long Bytes);

    /// <summary>Runs a query through the form; its bytes are what the script reports, checked against the network log.</summary>
    private static async Task<QueryResult> Search(IPage page, string words, string topic, List<(string Url, int Bytes)> fetched)
    {
        await page.FillAsync("#search-q", words);
        await page.SelectOptionAsync("#search-topic", topic);
        await page.EvaluateAsync("() => { window.archiveSearch.done = false; }");
        await page.ClickAsync("#search-form button[type=submit]");
        await page.WaitForFunctionAsync("() => window.archiveSearch.done");
        var titles = await page.Locator("#search-results h3").AllTextContentsAsync();
        var bytes = await page.EvaluateAsync<long>("() => window.archiveSearch.stats.bytes");
        return new QueryResult(titles, bytes);
    }

    private static long NetworkBytes(List<(string Url, int Bytes)> fetched)
    {
        lock (fetched) return fetched.Sum(f => (long)f.Bytes);
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Archive.sln"))) return dir.FullName;
        throw new InvalidOperationException("repository root not found");
    }

    public async Task DisposeAsync()
    {
        if (chromium is not null) await chromium.DisposeAsync();
        playwright?.Dispose();
        server?.Dispose();
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
    }
}
