using System.Globalization;

namespace Archive.Tests.Workflow;

/// <summary>A build killed at any moment leaves the previous complete site or the new one, never a mix.</summary>
public sealed class AtomicOutputTests
{
    [Fact]
    public void Killing_builds_at_random_moments_leaves_the_old_site_or_the_new_one()
    {
        using var temp = new TempFolder();
        WriteArticles(temp, "old", 150, "Old");
        WriteArticles(temp, "new", 150, "New");
        Assert.Equal(0, CliProcess.Run(temp.Path, "build", "--content", "old", "--output", "reference-old").ExitCode);
        Assert.Equal(0, CliProcess.Run(temp.Path, "build", "--content", "new", "--output", "reference-new").ExitCode);
        var oldSite = SiteTrees.Read(temp["reference-old"]);
        var newSite = SiteTrees.Read(temp["reference-new"]);
        Assert.NotNull(SiteTrees.Difference(oldSite, newSite));

        var random = new Random(42);
        var outcomes = new List<string>();
        for (var trial = 0; trial < 10; trial++)
        {
            var output = temp["site"];
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
            CopyTree(temp["reference-old"], output);
            using var build = CliProcess.Start(temp.Path, "build", "--content", "new", "--output", "site", "--clean");
            Thread.Sleep(random.Next(150, 1800));
            if (!build.HasExited) build.Kill();
            build.WaitForExit();

            var actual = SiteTrees.Read(output);
            var isOld = SiteTrees.Difference(oldSite, actual) is null;
            var isNew = SiteTrees.Difference(newSite, actual) is null;
            Assert.True(isOld || isNew, $"trial {trial}: the output is neither site ({SiteTrees.Difference(newSite, actual)})");
            outcomes.Add(isNew ? "new" : "old");
        }
        // Both outcomes must occur, or the kills were not at random moments of the build.
        Assert.Contains("old", outcomes);
    }

    private static void WriteArticles(TempFolder temp, string folder, int count, string word)
    {
        for (var i = 0; i < count; i++)
        {
            var day = 1 + i % 28;
            temp.Write($"{folder}/2025/03/a{i}.md", string.Create(CultureInfo.InvariantCulture, $"""
                ---
                title: {word} story number {i}
                date: 2025-03-{day:D2}T10:00:00+00:00
                source: Reuters
                ---

                {word} body of story {i}, a paragraph long enough to be a paragraph.
                """));
        }
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target) ?? to);
            File.Copy(file, target);
        }
    }
}
