using Archive.Tests.TestSupport;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Archive.Cli.Serving;
using Archive.Tests.Workflow;
using Xunit.Abstractions;

namespace Archive.Tests.Hardening;

/// <summary>`archive serve` under attack and load: loopback only, traversal refused, complete pages while rebuilding.</summary>
public sealed class ServeHardeningTests(ITestOutputHelper output)
{
    public static readonly TheoryData<string> Attacks = new()
    {
        "/../archive.yml", "/../../etc/passwd", "/%2e%2e/archive.yml", "/%2E%2E/%2E%2E/etc/passwd", "/..%2farchive.yml", "/..%5carchive.yml",
        "/%252e%252e/archive.yml", "/%25252e%25252e/archive.yml", "/.%2e/archive.yml", "/assets/..\\..\\archive.yml", "/assets\\..\\..\\archive.yml",
        "/%5c..%5c..%5carchive.yml", "//etc/passwd", "/%2fetc%2fpasswd", "/%00/archive.yml", "/index.html%00.css", "/%c0%ae%c0%ae/archive.yml",
        "/..;/archive.yml", "/./../archive.yml", "/assets/./../../archive.yml", "http://evil.example/../archive.yml", "C:\\Windows\\win.ini",
        "/C:/Windows/win.ini", "/.archive-cache/_site/content.cache", "/%u002e%u002e/archive.yml", "/" + new string('a', 5000),
    };

    [Theory]
    [MemberData(nameof(Attacks))]
    public void Request_paths_never_resolve_outside_the_site(string attack)
    {
        using var temp = new TempFolder();
        temp.Write("archive.yml", "title: secret");
        temp.Write("_site/index.html", "<html></html>");
        var root = temp["_site"];
        var (outcome, file) = SiteFiles.Resolve(root, attack);
        Assert.NotEqual(SiteFiles.Outcome.Found, outcome);
        Assert.Null(file);
    }

    [Fact]
    public async Task Binds_loopback_refuses_raw_traversal_and_serves_complete_pages_under_load_while_rebuilding()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, CliProcess.Run(temp.Path, "init", "site").ExitCode);
        var port = Network.FreePort();
        using var serve = CliProcess.Start(temp["site"], "serve", "--port", port.ToString(CultureInfo.InvariantCulture));
        try
        {
            var origin = new Uri($"http://127.0.0.1:{port}/");
            using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 100 }) { BaseAddress = origin, Timeout = TimeSpan.FromSeconds(20) };
            await Network.WaitUntil(async () => (await client.GetAsync("/")).IsSuccessStatusCode);

            Assert.Equal(["127.0.0.1"], ListeningAddresses(port));
            foreach (var target in new[] { "/../archive.yml", "/..\\archive.yml", "/%2e%2e/archive.yml", "http://evil.example/../archive.yml", "/%252e%252e/archive.yml" })
            {
                var (status, body) = await RawGet(port, target);
                Assert.True(status is 400 or 404, $"{target}: {status}");
                Assert.DoesNotContain("base_url", body, StringComparison.Ordinal);
            }

            var (requests, errors, incomplete, rebuilds) = await LoadWhileRebuilding(client, temp, TimeSpan.FromSeconds(10));
            output.WriteLine($"load: {requests} requests from 100 clients in 10 s, {errors.Count} errors, {incomplete} incomplete pages, {rebuilds} rebuilds");
            Assert.True(errors.Count == 0, $"{errors.Count} errors of {requests}: {string.Join("; ", errors.Distinct().Take(5))}");
            Assert.True(incomplete == 0, $"{incomplete} incomplete pages of {requests}");
            Assert.True(requests > 1000, $"only {requests} requests");
            Assert.True(rebuilds >= 3, $"only {rebuilds} rebuilds were seen");
        }
        finally
        {
            serve.Kill(entireProcessTree: true);
            serve.WaitForExit();
        }
    }

    /// <summary>100 clients fetch pages for <paramref name="duration"/> while articles keep changing; counts what went wrong.</summary>
    private static async Task<(int Requests, List<string> Errors, int Incomplete, int Rebuilds)> LoadWhileRebuilding(HttpClient client, TempFolder temp, TimeSpan duration)
    {
        var errors = new List<string>();
        var requests = 0;
        var incomplete = 0;
        var until = DateTime.UtcNow + duration;
        var paths = new[] { "/", "/archive/", "/assets/style.css", "/feed.xml", "/no/such/page/" };
        var workers = Enumerable.Range(0, 100).Select(async i =>
        {
            while (DateTime.UtcNow < until)
            {
                var path = paths[(i + Volatile.Read(ref requests)) % paths.Length];
                try
                {
                    using var response = await client.GetAsync(path);
                    var body = await response.Content.ReadAsStringAsync();
                    var expected = path == "/no/such/page/" ? HttpStatusCode.NotFound : HttpStatusCode.OK;
                    if (response.StatusCode != expected) lock (errors) errors.Add($"{path}: {(int)response.StatusCode}");
                    else if (response.Content.Headers.ContentType?.MediaType == "text/html" && !body.TrimEnd().EndsWith("</html>", StringComparison.Ordinal))
                        Interlocked.Increment(ref incomplete);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    lock (errors) errors.Add($"{path}: {e.GetType().Name} {e.Message}");
                }
                Interlocked.Increment(ref requests);
            }
        }).ToList();
        var rebuilds = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var n = 0; DateTime.UtcNow < until; n++)
        {
            temp.Write($"site/content/2025/07/load-{n % 3}.md", $"---\ntitle: Rebuild number {n}\ndate: 2025-07-12T09:00:00+00:00\n---\n\n{new string('x', 2000 * (1 + n % 5))}\n");
            await Task.Delay(700);
            try
            {
                var home = await client.GetStringAsync("/");
                foreach (var title in Enumerable.Range(0, n + 1).Select(k => $"Rebuild number {k}").Where(t => home.Contains(t, StringComparison.Ordinal)))
                    if (seen.Add(title)) rebuilds++;
            }
            catch (HttpRequestException)
            {
            }
        }
        await Task.WhenAll(workers);
        return (requests, errors, incomplete, rebuilds);
    }

    /// <summary>The local addresses listening on <paramref name="port"/>, from the kernel's socket tables.</summary>
    private static List<string> ListeningAddresses(int port)
    {
        var addresses = new List<string>();
        foreach (var table in new[] { "/proc/net/tcp", "/proc/net/tcp6" })
        {
            if (!File.Exists(table)) continue;
            foreach (var line in File.ReadLines(table).Skip(1))
            {
                var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var local = fields[1].Split(':');
                if (fields[3] != "0A" || int.Parse(local[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture) != port) continue;
                var bytes = Convert.FromHexString(local[0]);
                if (bytes.Length == 4) Array.Reverse(bytes);
                addresses.Add(bytes.Length == 4 ? new IPAddress(bytes).ToString() : "ipv6:" + local[0]);
            }
        }
        return addresses;
    }

    /// <summary>A request sent byte for byte (HttpClient would normalise the path first).</summary>
    private static async Task<(int Status, string Body)> RawGet(int port, string target)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, port);
        var stream = tcp.GetStream();
        var request = Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(request);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(10));
        var status = int.Parse(response.Split(' ', 3)[1], CultureInfo.InvariantCulture);
        return (status, response);
    }
}
