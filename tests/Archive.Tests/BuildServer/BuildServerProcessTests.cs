using System.Diagnostics;
using Archive.Tests.Workflow;

namespace Archive.Tests.BuildServer;

/// <summary>The real <c>archive</c> program: <c>build</c> starts a server and returns, the next build is the server's, and
/// <c>build-server status|stop</c> see and stop it; a client stopped mid-build stops the server's build.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class BuildServerProcessTests
{
    [Fact]
    public void Build_starts_a_server_that_the_next_build_uses_and_stop_ends()
    {
        using var temp = new TempFolder();
        using var sockets = new SocketFolder();
        var random = new Random(2);
        for (var i = 0; i < 5; i++) temp.Write($"content/a{i}.txt", TestSupport.Articles.Wire($"Story {i} on trade", new DateTime(2024, 3, 1 + i, 9, 0, 0, DateTimeKind.Utc)));
        var environment = sockets.Environment(idleMinutes: 2);

        var clock = Stopwatch.StartNew();
        var first = CliProcess.Run(temp.Path, environment, "build", "--output", "site", "-v");
        // The client's streams ended although the server lives on: it does not hold them.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"the first build took {clock.Elapsed}");
        temp.Write("content/b.txt", TestSupport.Articles.Wire("A later story", new DateTime(2024, 4, 1, 9, 0, 0, DateTimeKind.Utc)));
        var second = CliProcess.Run(temp.Path, environment, "build", "--output", "site", "-v");
        var status = CliProcess.Run(temp.Path, environment, "build-server", "status");
        var stop = CliProcess.Run(temp.Path, environment, "build-server", "stop");
        var after = CliProcess.Run(temp.Path, environment, "build-server", "status");
        new ArchiveBuild().Run(new BuildOptions { ContentDir = temp["content"], OutputDir = temp["clean"], Clean = true });

        Assert.True(first.ExitCode == 0, first.Errors);
        Assert.Contains("started a build server", first.Errors);
        Assert.Contains("build server: its build 1", first.Output);
        Assert.True(second.ExitCode == 0, second.Errors);
        Assert.Contains("build server: its build 2, from memory", second.Output);
        Assert.Contains("6 files read", second.Output);
        Assert.Contains(Path.GetFullPath(temp["site"]), status.Output);
        Assert.Contains("2 builds", status.Output);
        Assert.Contains("Stopped the build server", stop.Output);
        Assert.Contains("No build server is running", after.Output);
        SiteTrees.AssertSame(temp["clean"], temp["site"]);
    }

    [Fact]
    public void No_server_option_and_the_variable_build_in_the_process()
    {
        using var temp = new TempFolder();
        using var sockets = new SocketFolder();
        temp.Write("content/a.txt", TestSupport.Articles.Wire("Story on trade", new DateTime(2024, 3, 1, 9, 0, 0, DateTimeKind.Utc)));

        var option = CliProcess.Run(temp.Path, sockets.Environment(idleMinutes: 1), "build", "--output", "site", "-v", "--no-server");
        var variable = CliProcess.Run(temp.Path, sockets.Environment(idleMinutes: 1, enabled: "0"), "build", "--output", "site", "-v");

        Assert.True(option.ExitCode == 0, option.Errors);
        Assert.DoesNotContain("build server", option.Output);
        Assert.DoesNotContain("build server", variable.Output);
        Assert.Empty(Directory.EnumerateFiles(sockets.Path, "*.sock"));
    }

    [Fact]
    public void A_client_killed_during_its_build_stops_the_server_and_leaves_no_half_site()
    {
        using var temp = new TempFolder();
        using var sockets = new SocketFolder();
        for (var i = 0; i < 3000; i++)
            temp.Write($"content/{2000 + i % 25}/a{i}.txt", TestSupport.Articles.Wire($"Story {i} on trade and health", new DateTime(2000 + i % 25, 1 + i % 12, 1 + i % 28, 9, 0, 0, DateTimeKind.Utc)));
        using var client = CliProcess.Start(temp.Path, sockets.Environment(idleMinutes: 2), "build", "--output", "site");
        var clock = Stopwatch.StartNew();
        while (!Directory.EnumerateFiles(sockets.Path, "*.log").Any() && clock.Elapsed < TimeSpan.FromSeconds(60)) Thread.Sleep(20);
        var log = Directory.EnumerateFiles(sockets.Path, "*.log").Single();
        Assert.True(WaitUntil(() => File.ReadAllText(log).Contains("build 1 started", StringComparison.Ordinal), TimeSpan.FromSeconds(60)));
        Thread.Sleep(300); // the server is reading 3,000 articles
        Assert.False(client.HasExited, "the build finished before the test could stop it");

        client.Kill();
        client.WaitForExit();
        var pid = int.Parse(System.Text.RegularExpressions.Regex.Match(File.ReadAllText(log), @"pid (\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var serverGone = WaitUntil(() => !IsRunning(pid), TimeSpan.FromSeconds(30));

        Assert.True(serverGone, File.ReadAllText(log));
        // Either no site yet, or a whole one: the writer swaps the output in at once.
        Assert.True(!Directory.Exists(temp["site"]) || File.Exists(Path.Combine(temp["site"], ".archive-site")));
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static bool WaitUntil(Func<bool> condition, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (condition()) return true;
            Thread.Sleep(50);
        }
        return condition();
    }

    /// <summary>A private folder for the sockets of one test's servers; any server still running is stopped at the end.</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private sealed class SocketFolder : IDisposable
    {
        public string Path { get; } = System.IO.Path.Combine("/tmp", "arch-srv-" + Guid.NewGuid().ToString("N")[..8]);

        public SocketFolder() => Directory.CreateDirectory(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        public Dictionary<string, string> Environment(double idleMinutes, string enabled = "1") => new()
        {
            ["ARCHIVE_BUILD_SERVER"] = enabled,
            ["ARCHIVE_BUILD_SERVER_DIR"] = Path,
            ["ARCHIVE_BUILD_SERVER_IDLE_MINUTES"] = idleMinutes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };

        public void Dispose()
        {
            CliProcess.Run(Path, Environment(1), "build-server", "stop");
            try { Directory.Delete(Path, recursive: true); }
            catch (IOException) { }
        }
    }
}
