using Archive.Tests.TestSupport;
using System.Net;
using System.Net.Sockets;

namespace Archive.Tests.Workflow;

/// <summary>`archive serve` as a real process: pages, 404, traversal refused, rebuild on change, 100 concurrent clients.</summary>
public sealed class ServeTests
{
    [Fact]
    public async Task Serves_the_site_rebuilds_on_change_and_survives_load()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, CliProcess.Run(temp.Path, "init", "site").ExitCode);
        var port = Network.FreePort();
        using var serve = CliProcess.Start(temp["site"], "serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(10) };
            await Network.WaitUntil(async () => (await client.GetAsync("/")).IsSuccessStatusCode);

            var home = await client.GetStringAsync("/");
            Assert.Contains("Example Markdown article", home);
            Assert.Contains("EventSource", home);
            Assert.DoesNotContain("EventSource", File.ReadAllText(temp["site/_site/index.html"]));
            Assert.Equal("text/css", (await client.GetAsync("/assets/style.css")).Content.Headers.ContentType?.MediaType);
            var missing = await client.GetAsync("/no/such/page/");
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
            Assert.Contains("not found", await missing.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
            foreach (var attack in new[] { "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc/passwd", "/%252e%252e/archive.yml", "/assets\\..\\..\\archive.yml" })
                Assert.Contains((await client.GetAsync(attack)).StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.NotFound });

            File.WriteAllText(temp["site/content/2025/07/fresh.md"], "---\ntitle: A freshly dropped article\ndate: 2025-07-12T09:00:00+00:00\n---\n\nBody.\n");
            await Network.WaitUntil(async () => (await client.GetStringAsync("/")).Contains("A freshly dropped article"));

            var errors = 0;
            var requests = 0;
            var until = DateTime.UtcNow.AddSeconds(3);
            using var shared = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 100 }) { BaseAddress = client.BaseAddress };
            var workers = Enumerable.Range(0, 100).Select(async i =>
            {
                while (DateTime.UtcNow < until)
                {
                    try
                    {
                        var response = await shared.GetAsync(i % 2 == 0 ? "/" : "/assets/style.css");
                        if (!response.IsSuccessStatusCode) Interlocked.Increment(ref errors);
                        await response.Content.ReadAsByteArrayAsync();
                    }
                    catch (HttpRequestException)
                    {
                        Interlocked.Increment(ref errors);
                    }
                    Interlocked.Increment(ref requests);
                }
            });
            await Task.WhenAll(workers);
            Assert.Equal(0, errors);
            Assert.True(requests > 100, $"only {requests} requests");
        }
        finally
        {
            serve.Kill(entireProcessTree: true);
            serve.WaitForExit();
        }
    }
}
