using Archive.Cli.BuildServer;
using Archive.Tests.Workflow;

namespace Archive.Tests.BuildServer;

/// <summary>The build server's change log: every change made before a <c>Take</c> is in it, however late the watcher.</summary>
public sealed class ContentChangeLogTests
{
    [Fact]
    public void A_change_made_just_before_taking_is_always_taken()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp["content/2024"]);
        using var log = new ContentChangeLog(temp["content"]);
        Assert.Null(log.Take(TimeSpan.FromSeconds(5))); // nothing known before the first build: list everything
        for (var i = 0; i < 200; i++)
        {
            temp.Write($"content/2024/a{i}.txt", $"Story {i}\n");
            var taken = log.Take(TimeSpan.FromSeconds(5));
            Assert.NotNull(taken);
            Assert.Contains($"2024/a{i}.txt", taken);
            Assert.DoesNotContain(taken, path => path.Contains("archive-build-sync", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Edits_deletions_and_renames_are_taken_once()
    {
        using var temp = new TempFolder();
        temp.Write("content/a.txt", "A\n");
        temp.Write("content/b.txt", "B\n");
        using var log = new ContentChangeLog(temp["content"]);
        log.Take(TimeSpan.FromSeconds(5));

        File.AppendAllText(temp["content/a.txt"], "more\n");
        File.Delete(temp["content/b.txt"]);
        File.Move(temp["content/a.txt"], temp["content/c.txt"]);
        var taken = log.Take(TimeSpan.FromSeconds(5));
        var next = log.Take(TimeSpan.FromSeconds(5));

        Assert.NotNull(taken);
        Assert.Equal(["a.txt", "b.txt", "c.txt"], taken.Order(StringComparer.Ordinal));
        Assert.NotNull(next);
        Assert.Empty(next);
    }

    [Fact]
    public void A_content_folder_made_again_is_watched_again_and_its_changes_are_unknown()
    {
        using var temp = new TempFolder();
        temp.Write("content/a.txt", "A\n");
        using var log = new ContentChangeLog(temp["content"]);
        log.Take(TimeSpan.FromSeconds(5));

        Directory.Delete(temp["content"], recursive: true);
        temp.Write("content/b.txt", "B\n");

        Assert.Null(log.Take(TimeSpan.FromMilliseconds(500)));
        temp.Write("content/c.txt", "C\n");
        Assert.Equal(["c.txt"], log.Take(TimeSpan.FromSeconds(5)));
    }
}
