using System.Text.Json;

namespace Archive.Tests.Browser;

/// <summary>The Nu Html Checker over every page and Python's feedparser over every feed of the sample site.</summary>
[Collection(ServedSiteCollection.Name)]
public sealed class ClientCheckTests(ServedSiteFixture site)
{
    [Fact]
    public async Task Nu_Html_Checker_finds_no_errors_on_any_page()
    {
        Clients.Require(Clients.VnuJar, "npm ci");
        var java = Clients.Java();
        var (exit, output, errors) = await Clients.RunAsync(java,
            ["-Xss4m", "-jar", Clients.VnuJar, "--errors-only", "--skip-non-html", "--format", "gnu", site.Site.Output], TimeSpan.FromMinutes(3));
        Assert.True(exit == 0 && errors.Trim().Length == 0, $"vnu exit {exit}:\n{output}\n{errors}");
    }

    // Debian's feedparser (6.0) reads Atom and RSS but not JSON Feed, so JSON feeds get the same checks by hand:
    // valid JSON, the 1.1 version URL, a title, and on every item an id with content_html or content_text.
    private const string ParseFeeds = """
        import json, sys, feedparser
        def json_feed(path):
            try:
                with open(path, encoding="utf-8") as f:
                    d = json.load(f)
                items = d.get("items", [])
                ok = d.get("version") == "https://jsonfeed.org/version/1.1" and all(
                    i.get("id") and ("content_html" in i or "content_text" in i) for i in items)
                return {"bozo": not ok, "error": "" if ok else "not JSON Feed 1.1", "version": "json11",
                        "entries": len(items), "title": d.get("title", "")}
            except ValueError as e:
                return {"bozo": True, "error": str(e), "version": "", "entries": 0, "title": ""}
        result = {}
        for path in sys.argv[1:]:
            if path.endswith(".json"):
                result[path] = json_feed(path)
                continue
            d = feedparser.parse(path)
            result[path] = {"bozo": bool(d.bozo), "error": str(d.get("bozo_exception", "")), "version": d.version,
                            "entries": len(d.entries), "title": d.feed.get("title", "")}
        print(json.dumps(result))
        """;

    [Fact]
    public async Task Feedparser_reads_every_feed_without_a_bozo_flag()
    {
        Clients.Require(Clients.Python, "apt-get install -y python3-feedparser");
        var feeds = Directory.EnumerateFiles(site.Site.Output, "*.*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) is "feed.xml" or "rss.xml" or "feed.json").Order(StringComparer.Ordinal).ToList();
        Assert.True(feeds.Count >= 3 * (1 + site.Model.Terms.Values.Sum(t => t.Count(term => term.HasPage))), "a feed is missing");
        var (exit, output, errors) = await Clients.RunAsync(Clients.Python, ["-c", ParseFeeds, .. feeds], TimeSpan.FromMinutes(2));
        Assert.True(exit == 0, $"feedparser failed (is python3-feedparser installed? `apt-get install -y python3-feedparser`):\n{errors}");
        using var json = JsonDocument.Parse(output);
        var problems = json.RootElement.EnumerateObject()
            .Where(f => f.Value.GetProperty("bozo").GetBoolean() || f.Value.GetProperty("entries").GetInt32() == 0
                        || f.Value.GetProperty("version").GetString() is null or "" || f.Value.GetProperty("title").GetString() is null or "")
            .Select(f => $"{f.Name}: {f.Value}").ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        var versions = json.RootElement.EnumerateObject().Select(f => f.Value.GetProperty("version").GetString()).Distinct().Order().ToList();
        Assert.Equal(3, versions.Count);
    }
}
