using System.Diagnostics;
using System.Text;
using Archive.Tests.TestSupport;
using Archive.Tests.Workflow;
using Xunit.Abstractions;

namespace Archive.Tests.Hardening;

/// <summary>The biggest hostile inputs together, built by the real command: bounded time and peak memory.</summary>
public sealed class ResourceBoundsTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_big_hostile_inputs_build_in_seconds_and_under_a_gigabyte()
    {
        using var temp = new TempFolder();
        var wire = Articles.Wire("Many tiny paragraphs", new DateTime(2024, 6, 2, 9, 0, 0));
        temp.Write("content/2024/06/good.txt", Articles.Wire("The good article", new DateTime(2024, 6, 1, 9, 0, 0)));
        File.WriteAllBytes(temp["content/2024/06/huge.txt"], Encoding.UTF8.GetBytes("Huge\n\n" + new string('a', 50 * 1024 * 1024)));
        temp.Write("content/2024/06/line.txt", Articles.Wire("One long line", new DateTime(2024, 6, 2, 9, 0, 0), body: string.Concat(Enumerable.Repeat("word ", 1_500_000))));
        temp.Write("content/2024/06/tiny.txt", wire + string.Concat(Enumerable.Repeat("Yes.\n\n", 100_000)));
        temp.Write("content/2024/06/lines.txt", Articles.Wire("Blank lines", new DateTime(2024, 6, 2, 9, 0, 0)) + new string('\n', 100_000));
        temp.Write("content/2024/06/bomb.md", "---\ntitle: Bomb\ndate: 2024-06-02\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
            + "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\ntopics: [*e,*e,*e,*e,*e]\n---\nBody\n");
        temp.Write("content/2024/06/deep.md", "---\ntitle: Deep\ndate: 2024-06-02\nplace: " + new string('[', 5000) + new string(']', 5000) + "\n---\nBody\n");

        var clock = Stopwatch.StartNew();
        using var build = CliProcess.Start(temp.Path, "build", "--content", "content", "--output", "site");
        var stderr = build.StandardError.ReadToEndAsync();
        var stdout = build.StandardOutput.ReadToEndAsync();
        long peak = 0;
        while (!build.WaitForExit(20))
        {
            try
            {
                build.Refresh();
                peak = Math.Max(peak, build.PeakWorkingSet64);
            }
            catch (InvalidOperationException)
            {
                break;
            }
        }
        await build.WaitForExitAsync();
        clock.Stop();
        var messages = await stderr + await stdout;
        output.WriteLine($"big hostile inputs: {clock.Elapsed.TotalSeconds:F1} s, peak working set {peak / (1024 * 1024)} MB, exit {build.ExitCode}");

        Assert.True(File.Exists(temp["site/2024/06/01/the-good-article/index.html"]), messages);
        Assert.True(File.Exists(temp["site/2024/06/02/many-tiny-paragraphs/index.html"]));
        Assert.Contains("huge.txt", messages, StringComparison.Ordinal);
        // About 2 s on an idle machine; the bound is loose so a busy machine passes and a quadratic blow-up does not.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(45), $"took {clock.Elapsed}");
        Assert.True(peak is > 0 and < 1024L * 1024 * 1024, $"peak working set {peak / (1024 * 1024)} MB");
    }
}
