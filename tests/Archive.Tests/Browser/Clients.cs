using System.Diagnostics;
using Archive.Tests.Published;

namespace Archive.Tests.Browser;

/// <summary>
/// The real clients the browser tests drive. A missing one fails the test with how to install it: CI installs them all
/// (.ci/run), so a silent skip would hide a broken check.
/// </summary>
internal static class Clients
{
    public const string Chromium = "/usr/bin/chromium";
    public const string Python = "/usr/bin/python3";

    public static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    public static string AxeScript => Path.Combine(RepoPaths.Root, "node_modules", "axe-core", "axe.min.js");
    public static string VnuJar => Path.Combine(RepoPaths.Root, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
    public static string ScreenshotDir => Path.Combine(RepoPaths.Root, "TestResults", "screenshots");

    public static void Require(string path, string howToInstall) =>
        Assert.True(File.Exists(path), $"{path} is missing; install it with `{howToInstall}` (.ci/run does).");

    public static string Java()
    {
        var java = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':')
            .Select(dir => Path.Combine(dir, "java")).FirstOrDefault(File.Exists);
        Assert.True(java is not null, "java is not on PATH; install it with `apt-get install -y default-jre-headless` (.ci/run does).");
        return java;
    }

    /// <summary>Runs a program to completion within <paramref name="timeout"/>; returns its exit code and both outputs.</summary>
    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(string program, IEnumerable<string> args, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} did not finish within {timeout}");
        }
        return (process.ExitCode, await output, await errors);
    }
}
