using System.Diagnostics;
using Archive.Tests.TestSupport;

namespace Archive.Tests.Workflow;

/// <summary>`archive serve` at the edges of its life: what it watches, and how it stops.</summary>
public sealed class ServeLifecycleTests
{
    [Fact]
    public async Task Serve_watches_its_inputs_only_and_stops_cleanly_on_SIGTERM()
    {
        if (!OperatingSystem.IsLinux()) return; // inotify watches are counted through /proc
        using var temp = new TempFolder();
        Assert.Equal(0, CliProcess.Run(temp.Path, "init", "site").ExitCode);
        // Folders in the archive that serve has no reason to watch (a large output looks like this).
        for (var i = 0; i < 400; i++) Directory.CreateDirectory(temp[$"site/unrelated/{i}"]);
        var inputFolders = Directory.EnumerateDirectories(temp["site/content"], "*", SearchOption.AllDirectories).Count() + 1
            + (Directory.Exists(temp["site/templates"]) ? Directory.EnumerateDirectories(temp["site/templates"], "*", SearchOption.AllDirectories).Count() + 1 : 0);
        var port = Network.FreePort();
        using var serve = CliProcess.Start(temp["site"], "serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(10) };
            await Network.WaitUntil(async () => (await client.GetAsync("/")).IsSuccessStatusCode);

            var watches = InotifyWatches(serve.Id);
            Assert.True(watches >= 1, "serve watches nothing: a dropped file would never be seen");
            Assert.True(watches <= inputFolders + 4, $"{watches} inotify watches for {inputFolders} input folders");

            using (var kill = Process.Start("kill", ["-TERM", serve.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) kill.WaitForExit();
            Assert.True(serve.WaitForExit(15_000), "serve ignored SIGTERM");
            Assert.Equal(0, serve.ExitCode);
        }
        finally
        {
            if (!serve.HasExited) serve.Kill(entireProcessTree: true);
        }
    }

    private static int InotifyWatches(int pid) =>
        Directory.EnumerateFiles($"/proc/{pid}/fdinfo")
            .Sum(file =>
            {
                try { return File.ReadLines(file).Count(line => line.StartsWith("inotify wd:", StringComparison.Ordinal)); }
                catch (IOException) { return 0; }
            });
}
