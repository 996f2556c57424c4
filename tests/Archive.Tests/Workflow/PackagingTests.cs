using System.Diagnostics;

namespace Archive.Tests.Workflow;

/// <summary>`dotnet pack` makes a .NET tool that builds a site with its embedded theme, in a folder with no templates.</summary>
public sealed class PackagingTests
{
    [Fact]
    public void The_packed_tool_installs_and_builds_a_site_without_templates()
    {
        using var temp = new TempFolder();
        var project = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src/Archive.Cli/Archive.Cli.csproj"));
        Run("dotnet", temp.Path, "pack", project, "-o", temp["packages"], "-p:PackageOutputPath=" + temp["packages"], "--nologo");
        Run("dotnet", temp.Path, "tool", "install", "--tool-path", temp["tools"], "--add-source", temp["packages"], "Archive.Tool", "--version", "0.1.0");
        temp.Write("news/content/2025/07/one.md", "---\ntitle: Packed and shipped\ndate: 2025-07-11T10:00:00+00:00\n---\n\nBody.\n");

        Run(temp["tools/archive"], temp["news"], "build");

        Assert.Contains("Packed and shipped", File.ReadAllText(temp["news/_site/index.html"]));
        Assert.True(File.Exists(temp["news/_site/assets/style.css"]));
        Assert.False(Directory.Exists(temp["news/templates"]));
    }

    private static void Run(string file, string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo(file) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        using var process = Process.Start(info) ?? throw new InvalidOperationException(file);
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), $"{file} {string.Join(' ', args)} timed out");
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', args)}: {output.Result}\n{errors.Result}");
    }
}
