using Archive.Caching;
using Archive.Content;
using Archive.Model;
using Archive.Site;

namespace Archive.Tests.Workflow;

/// <summary>
/// The first pass finds each listed file's cached record by walking the cache alongside the listing (both in path order), and
/// by path when either is in another order: an unchanged file is never read again, however the cache was saved.
/// </summary>
public sealed class IncrementalReaderTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private string Content => temp["content"];

    private void Write(string path, string title)
    {
        var full = Path.Combine(Content, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, $"{title}\n(Xinhua) 10:20, July 11, 2025\n\nBEIJING, July 10 (Xinhua) -- {title} happened today.\n");
        // Old enough that the cache trusts the time: a file changed in the same clock tick as the read is always re-read.
        File.SetLastWriteTimeUtc(full, new DateTime(2025, 7, 11, 0, 0, 0, DateTimeKind.Utc));
    }

    private (ContentCache Cache, int Parsed, int Articles) Read(ContentCache previous, Func<IReadOnlyList<ContentEntry>, IReadOnlyList<ContentEntry>>? reorder = null)
    {
        var source = new ContentSource(Content);
        var diagnostics = new DiagnosticBag();
        var files = source.Enumerate(diagnostics);
        using var bodies = SpilledBodies.Create(temp["spill"]);
        var (index, cache, parsed) = IncrementalReader.ReadAll(source, reorder?.Invoke(files) ?? files, SiteConfig.Default, previous, diagnostics, 2, bodies);
        Assert.DoesNotContain(diagnostics.Sorted(), d => d.Severity == Severity.Error);
        return (cache, parsed, index.Entries.Count);
    }

    [Fact]
    public void Unchanged_files_are_found_in_the_cache_in_path_order_or_any_other()
    {
        foreach (var name in new[] { "2025/07/b.txt", "2025/07/a.txt", "2024/01/z.txt", "2025/07/c-d.txt", "2025/07/c.txt" })
            Write(name, "Story " + name);
        var first = Read(ContentCache.Empty("k"));
        Assert.Equal(5, first.Parsed);

        var again = Read(first.Cache);
        Assert.Equal(0, again.Parsed);
        Assert.Same(first.Cache, again.Cache);

        var shuffled = new ContentCache("k", [.. first.Cache.Files.OrderByDescending(f => f.Path, StringComparer.Ordinal)]);
        var fromShuffled = Read(shuffled);
        Assert.Equal(0, fromShuffled.Parsed);
        Assert.Equal(5, fromShuffled.Articles);

        var fromReversedListing = Read(first.Cache, files => [.. files.Reverse()]);
        Assert.Equal(0, fromReversedListing.Parsed);

        Write("2025/07/bb.txt", "A new story");
        File.Delete(Path.Combine(Content, "2025/07/a.txt"));
        var changed = Read(first.Cache);
        Assert.Equal(1, changed.Parsed);
        Assert.Equal(5, changed.Articles);
    }

    [Fact]
    public void A_cache_is_known_to_be_in_path_order_only_when_made_from_a_listing_in_order()
    {
        foreach (var name in new[] { "2025/07/b.txt", "2025/07/a.txt", "2024/01/z.txt" }) Write(name, "Story " + name);
        var first = Read(ContentCache.Empty("k"));
        Write("2025/07/c.txt", "Another story");
        var ordered = Read(first.Cache);
        Assert.True(ordered.Cache.InPathOrder);

        Write("2025/07/d.txt", "Yet another story");
        var reversed = Read(ordered.Cache, files => [.. files.Reverse()]);
        Assert.Equal(1, reversed.Parsed);
        Assert.False(reversed.Cache.InPathOrder);
    }

    [Fact]
    public void A_listing_takes_the_cache_records_paths_only_where_they_are_equal()
    {
        foreach (var name in new[] { "2025/07/a-long-story-name-1.txt", "2025/07/b.txt" }) Write(name, "Story " + name);
        var cache = Read(ContentCache.Empty("k")).Cache;
        var listing = new ContentSource(Content).Enumerate(new DiagnosticBag());
        Assert.NotSame(cache.Files[0].Path, listing[0].RelativePath);

        var shared = IncrementalReader.SharingPaths(listing, cache);
        Assert.Equal(listing, shared);
        for (var i = 0; i < listing.Count; i++) Assert.Same(cache.Files[i].Path, shared[i].RelativePath);
        Assert.Same(shared, IncrementalReader.SharingPaths(shared, cache));

        // A record whose path differs from the listing's in its last characters only: nothing is taken.
        var other = cache with { Files = [cache.Files[0] with { Path = "2025/07/a-long-story-name-2.txt" }, cache.Files[1]] };
        var unshared = IncrementalReader.SharingPaths(listing, other);
        Assert.Same(listing, unshared);
        Assert.Equal("2025/07/a-long-story-name-1.txt", unshared[0].RelativePath);
    }

    [Fact]
    public void A_file_renamed_to_a_path_that_differs_late_is_read_again()
    {
        Write("2025/07/a-long-story-name-1.txt", "Story one");
        Write("2025/07/b.txt", "Story b");
        var first = Read(ContentCache.Empty("k"));
        File.Move(Path.Combine(Content, "2025/07/a-long-story-name-1.txt"), Path.Combine(Content, "2025/07/a-long-story-name-2.txt"));
        var renamed = Read(first.Cache);
        Assert.Equal(1, renamed.Parsed);
        Assert.Equal(["2025/07/a-long-story-name-2.txt", "2025/07/b.txt"], renamed.Cache.Files.Select(f => f.Path));
        Assert.EndsWith("a-long-story-name-2.txt", renamed.Cache.Files[0].Entry?.SourcePath);
    }
}
