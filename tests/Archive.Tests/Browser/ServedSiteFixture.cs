using Archive.Site;
using Archive.Tests.Published;
using Microsoft.Playwright;

namespace Archive.Tests.Browser;

/// <summary>The sample archive, built once, served on 127.0.0.1 under <c>/news/</c>, with one Chromium for all browser tests.</summary>
public sealed class ServedSiteFixture : IAsyncLifetime
{
    public const string BasePath = "/news/";

    private StaticSiteServer? server;
    private IPlaywright? playwright;
    private IBrowser? browser;
    private readonly SemaphoreSlim browserLock = new(1, 1);

    internal PublishedSite Site { get; } = PublishedSite.BuildSample();

    internal SiteModel Model => Site.Result.Site ?? throw new InvalidOperationException("the sample build made no site model");

    /// <summary><c>http://127.0.0.1:PORT/news/</c>.</summary>
    public string SiteUrl => (server ?? throw new InvalidOperationException("server not started")).Origin + BasePath;

    /// <summary>The served URL of a site-relative URL.</summary>
    public string UrlOf(string siteUrl) => SiteUrl + siteUrl[1..];

    public async Task InitializeAsync() => server = await StaticSiteServer.StartAsync(Site.Output, BasePath);

    /// <summary>Chromium, launched on first use so the checks that need no browser run without it.</summary>
    public async Task<IBrowser> BrowserAsync()
    {
        Clients.Require(Clients.Chromium, "apt-get install -y chromium");
        await browserLock.WaitAsync();
        try
        {
            playwright ??= await Playwright.CreateAsync();
            return browser ??= await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Clients.Chromium,
                Headless = true,
                Args = Clients.ChromiumArgs,
            });
        }
        finally
        {
            browserLock.Release();
        }
    }

    /// <summary>A page of every kind the site has, by name: home, article, year, month, day, lists and indexes, 404.</summary>
    internal IReadOnlyList<(string Kind, string Url)> PageKinds()
    {
        var model = Model;
        var article = model.Articles.FirstOrDefault(a => a.SourcePath.Contains("treaty-anniversary", StringComparison.Ordinal)) ?? model.Articles[0];
        var date = article.LocalDate;
        var topic = model.Terms[TermKind.Topic].Where(t => t.HasPage).OrderByDescending(t => t.Articles.Count).First();
        var kinds = new List<(string, string)>
        {
            ("home", Urls.Home),
            ("article", article.Url),
            ("year", Urls.Year(date.Year)),
            ("month", Urls.Month(date.Year, date.Month)),
            ("day", Urls.Day(date)),
            ("archive", Urls.Archive),
            ("topics", Urls.TermIndex(TermKind.Topic)),
            ("topic", topic.Url),
            ("place", model.Terms[TermKind.Place].First(t => t.HasPage).Url),
            ("on-this-day-index", Urls.OnThisDayIndex),
            ("on-this-day", Urls.OnThisDay(date.Month, date.Day)),
            ("not-found", "/no/such/page/at/depth/"),
        };
        var busiest = TermPeriods.Of(topic, model.Config.PageSize).MaxBy(p => p.Articles.Count) ?? throw new InvalidOperationException("a topic has no period");
        kinds.Add(("topic-period", busiest.Url));
        if (Pagination.Paginate(busiest.Url, busiest.Articles, model.Config.PageSize) is { Count: > 1 } pages)
            kinds.Add(("list-page", pages[1].Url));
        return kinds;
    }

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.DisposeAsync();
        playwright?.Dispose();
        if (server is not null) await server.DisposeAsync();
        Site.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class ServedSiteCollection : ICollectionFixture<ServedSiteFixture>
{
    public const string Name = "served sample site";
}
