using System.Diagnostics;
using Archive.Tests.TestSupport;

namespace Archive.Tests.Cli;

/// <summary>The real program, run as a process: exit codes and streams as a user sees them.</summary>
public sealed class CliTests
{
    private static (int ExitCode, string Out, string Error) Run(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "archive.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start archive");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), "archive did not finish in two minutes");
        return (process.ExitCode, output.Result, error.Result);
    }

    [Fact]
    public void Help_lists_the_build_command_and_exits_zero()
    {
        var (code, output, _) = Run(AppContext.BaseDirectory, "--help");
        Assert.Equal(0, code);
        Assert.Contains("build", output);
    }

    [Fact]
    public void A_bad_option_exits_two()
    {
        var (code, _, error) = Run(AppContext.BaseDirectory, "build", "--no-such-option");
        Assert.Equal(2, code);
        Assert.Contains("--no-such-option", error);
    }

    [Fact]
    public void An_article_with_an_error_exits_one_and_the_others_are_published()
    {
        using var site = TestSite.With(
            ("content/2024/06/good.txt", Articles.Wire("A good story", new DateTime(2024, 6, 1, 12, 0, 0))),
            ("content/2024/06/broken.txt", "   \n"));
        var (code, output, error) = Run(site.Root, "build");
        Assert.Equal(1, code);
        Assert.Matches(@"content/2024/06/broken\.txt\(\d+,\d+\): error: ", error);
        Assert.Contains("1 articles published", output);
        Assert.True(File.Exists(Path.Combine(site.Root, "_site", "2024", "06", "01", "a-good-story", "index.html")));
    }

    [Fact]
    public void Strict_turns_warnings_into_failure()
    {
        using var site = TestSite.With(("content/2024/06/undated.txt", "A story without a date\n\nSomething happened somewhere today.\n"));
        Assert.Equal(0, Run(site.Root, "build").ExitCode);
        Assert.Equal(1, Run(site.Root, "build", "--strict").ExitCode);
    }

    [Fact]
    public void Inspect_uses_the_archive_config_of_the_folder_it_runs_in()
    {
        using var site = TestSite.With(
            ("archive.yml", "source_time_zones:\n  Xinhua: Asia/Tokyo\n"),
            ("content/a.txt", "Talks open\n\n(Xinhua) 10:20, July 11, 2025\n\nBEIJING, July 10 (Xinhua) -- Talks opened.\n"));
        var (code, output, error) = Run(site.Root, "inspect", "--format", "json", "content/a.txt");
        Assert.True(code == 0, error);
        Assert.Contains("\"published\": \"2025-07-11T10:20:00+09:00\"", output);
    }
}
