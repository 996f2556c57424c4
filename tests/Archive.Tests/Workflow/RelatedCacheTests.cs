using System.Globalization;
using Archive.Caching;

namespace Archive.Tests.Workflow;

/// <summary>
/// A build in a new process takes the related articles of the output folder's model from the related cache the last build
/// saved, instead of computing them; a cache that is stale, foreign, corrupt or truncated is ignored, and the site is the same.
/// </summary>
public sealed class RelatedCacheTests
{
    private static readonly DateTime First = new(2024, 1, 1, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void New_processes_take_the_related_articles_from_the_cache_and_build_what_a_clean_build_does()
    {
        // Over a year and a half: a change recomputes the related lists within a year of it only, the others are the cache's.
        using var temp = new TempFolder();
        for (var n = 0; n < 80; n++) Write(temp, n);
        Assert.True(Build(temp, "site").Succeeded);

        var steps = new (string What, Action Change)[]
        {
            ("add", () => Write(temp, 80)),
            ("back-dated add", () => Write(temp, 81, First.AddDays(500.5))),
            ("edit", () => Write(temp, 72, topic: "Sport")),
            ("delete", () => File.Delete(Write(temp, 70))),
            ("nothing", () => { }),
        };
        foreach (var (what, change) in steps)
        {
            change();
            var rebuilt = Build(temp, "site");
            Assert.True(rebuilt.Succeeded, what);
            var clean = new ArchiveBuild().Run(Options(temp, "clean") with { Clean = true });
            Assert.True(clean.Succeeded);
            Assert.Contains(ArchiveBuild.OutputModelWithCachedRelatedPhase, PhasesOf(rebuilt));
            // Kept pages would hide a wrong list until its page is rendered again: the lists themselves must be the same.
            Assert.Equal(ListsOf(clean), ListsOf(rebuilt));
            var difference = SiteTrees.Difference(SiteTrees.Read(temp["clean"]), SiteTrees.Read(temp["site"]));
            Assert.True(difference is null, $"{what}: {difference}");
        }
    }

    [Theory]
    [InlineData("corrupt")]
    [InlineData("truncated")]
    [InlineData("empty")]
    [InlineData("foreign")]
    [InlineData("stale")]
    [InlineData("too few lists")]
    [InlineData("out of range")]
    public void A_related_cache_that_is_not_the_output_folders_is_ignored_and_the_site_is_the_same(string damage)
    {
        using var temp = new TempFolder();
        for (var n = 0; n < 30; n++) Write(temp, n);
        var path = Path.Combine(BuildCache.FolderFor(temp["site"]), "related.cache");
        var other = Path.Combine(BuildCache.FolderFor(temp["other"]), "related.cache");
        Assert.True(Build(temp, "site").Succeeded);
        var stale = File.ReadAllBytes(path);
        // Edits, not additions: a stale or foreign cache then has as many lists as the site has articles.
        Write(temp, 7, topic: "Sport");
        Assert.True(Build(temp, "site").Succeeded);
        Write(temp, 8, topic: "Sport");
        Assert.True(Build(temp, "other").Succeeded); // the same content folder, one more edit: another model
        Write(temp, 8);

        var bytes = File.ReadAllBytes(path);
        switch (damage)
        {
            case "corrupt": bytes[bytes.Length / 2] ^= 0x04; File.WriteAllBytes(path, bytes); break;
            case "truncated": File.WriteAllBytes(path, bytes[..(bytes.Length * 2 / 3)]); break;
            case "empty": File.WriteAllBytes(path, []); break;
            case "foreign": File.Copy(other, path, overwrite: true); break;
            case "stale": File.WriteAllBytes(path, stale); break;
            case "too few lists": Forge(path, lists => lists[..^1]); break;
            default: Forge(path, lists => [.. lists.Select(list => list.Select(i => i + lists.Length).ToArray())]); break;
        }
        Write(temp, 5, topic: "Sport");
        var rebuilt = Build(temp, "site");
        Assert.True(new ArchiveBuild().Run(Options(temp, "clean") with { Clean = true }).Succeeded);

        Assert.True(rebuilt.Succeeded);
        Assert.Contains(ArchiveBuild.OutputModelPhase, PhasesOf(rebuilt));
        SiteTrees.AssertSame(temp["clean"], temp["site"]);
        // That build saved the cache of its own model: the next process takes it.
        Write(temp, 32);
        Assert.Contains(ArchiveBuild.OutputModelWithCachedRelatedPhase, PhasesOf(Build(temp, "site")));
    }

    /// <summary>Rewrites the cache's lists with a valid checksum and head: only the lists themselves can give it away.</summary>
    private static void Forge(string path, Func<int[][], int[][]> change)
    {
        var read = CacheFile.ReadLines(path, RelatedCacheHead.Kind, RelatedCacheHead.Version, CacheJson.Default.RelatedCacheHead,
            CacheJson.Default.Int32Array, parallelism: 1);
        Assert.NotNull(read);
        var (head, lists) = read.Value;
        var forged = change(lists);
        Assert.Contains(forged, list => list.Length > 0);
        CacheFile.WriteLines(path, RelatedCacheHead.Kind, RelatedCacheHead.Version, head with { Count = forged.Length }, forged,
            CacheJson.Default.RelatedCacheHead, CacheJson.Default.Int32Array);
    }

    private static IEnumerable<string> ListsOf(BuildResult result) =>
        result.Site is { } site ? site.Related.Select(list => string.Join(',', list)) : throw new InvalidOperationException("no site model");

    private static IEnumerable<string> PhasesOf(BuildResult result) => result.Stats.Phases.Select(p => p.Phase);

    private static BuildResult Build(TempFolder temp, string output) => new ArchiveBuild().Run(Options(temp, output));

    private static BuildOptions Options(TempFolder temp, string output) => new()
    {
        ContentDir = temp["content"],
        OutputDir = temp[output],
    };

    /// <summary>An article a week (or at <paramref name="at"/>), in one of two topics; old modification times, as in real use.</summary>
    private static string Write(TempFolder temp, int n, DateTime? at = null, string? topic = null)
    {
        var published = at ?? First.AddDays(7 * n);
        var path = temp.Write($"content/a{n:D3}.md", string.Create(CultureInfo.InvariantCulture, $"""
            ---
            title: Story {n}
            date: {published:yyyy-MM-dd'T'HH:mm:ss'+00:00'}
            source: Xinhua
            topics:
              - {topic ?? (n % 2 == 0 ? "Economy" : "Health")}
            place: {(n % 3 == 0 ? "Seoul" : "Nairobi")}
            ---

            Paragraph {n} of the story.
            """));
        File.SetLastWriteTimeUtc(path, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(n).AddSeconds(topic?.Length ?? 0));
        return path;
    }
}
