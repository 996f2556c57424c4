using System.Diagnostics;
using System.Security.Cryptography;
using Archive.Tests.TestSupport;

namespace Archive.Tests.Hardening;

/// <summary>Two builds of the same content are byte-identical whatever the machine's cores, culture, time zone and file order.</summary>
public sealed class ReproducibleBuildTests
{
    private static Dictionary<string, string> BuildTree(string output, IReadOnlyDictionary<string, string> environment)
    {
        var root = Articles.RepoRoot();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "archive.dll"));
        foreach (var arg in new[] { "build", "--content", Path.Combine(root, "content"), "--templates", Path.Combine(root, "templates"),
                     "--config", Path.Combine(root, "archive.yml"), "--output", output })
            start.ArgumentList.Add(arg);
        foreach (var (key, value) in environment) start.Environment[key] = value;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start archive");
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(120_000));
        Assert.True(process.ExitCode == 0, stderr.Result);
        return Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(output, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
    }

    [Fact]
    public void Builds_are_identical_across_cores_cultures_and_time_zones()
    {
        var scratch = Path.Combine(Path.GetTempPath(), "archive-repro-" + Guid.NewGuid().ToString("N")[..10]);
        try
        {
            var variants = new (string Name, Dictionary<string, string> Environment)[]
            {
                ("all cores, UTC, en", new() { ["TZ"] = "UTC", ["LANG"] = "en_US.UTF-8", ["LC_ALL"] = "en_US.UTF-8" }),
                ("one core", new() { ["DOTNET_PROCESSOR_COUNT"] = "1", ["TZ"] = "UTC" }),
                ("tr-TR, Asia/Tokyo", new() { ["LANG"] = "tr_TR.UTF-8", ["LC_ALL"] = "tr_TR.UTF-8", ["TZ"] = "Asia/Tokyo" }),
                ("de-DE, UTC", new() { ["LANG"] = "de_DE.UTF-8", ["LC_ALL"] = "de_DE.UTF-8", ["TZ"] = "UTC" }),
            };
            var reference = BuildTree(Path.Combine(scratch, "0"), variants[0].Environment);
            Assert.NotEmpty(reference);
            for (var i = 1; i < variants.Length; i++)
            {
                var tree = BuildTree(Path.Combine(scratch, i.ToString(System.Globalization.CultureInfo.InvariantCulture)), variants[i].Environment);
                Assert.Equal(reference.Keys.Order(StringComparer.Ordinal), tree.Keys.Order(StringComparer.Ordinal));
                var different = reference.Where(pair => tree[pair.Key] != pair.Value).Select(pair => pair.Key).ToList();
                Assert.True(different.Count == 0, $"{variants[i].Name}: {string.Join(", ", different.Take(10))} differ");
            }
        }
        finally
        {
            if (Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true);
        }
    }
}
