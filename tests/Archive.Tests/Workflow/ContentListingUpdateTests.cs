using Archive.Content;
using Archive.Model;

namespace Archive.Tests.Workflow;

/// <summary>serve updates its content listing from the paths its watcher saw change: it must equal a full listing, or refuse.</summary>
public sealed class ContentListingUpdateTests
{
    private static (ContentSource Source, IReadOnlyList<ContentEntry> Files) Listed(TempFolder temp)
    {
        var source = new ContentSource(temp["content"]);
        var diagnostics = new DiagnosticBag();
        var files = source.Enumerate(diagnostics);
        Assert.Empty(diagnostics.Sorted());
        return (source, files);
    }

    private static void AssertSameAsFullListing(ContentSource source, IReadOnlyList<ContentEntry>? updated)
    {
        Assert.NotNull(updated);
        var full = source.Enumerate(new DiagnosticBag());
        Assert.Equal(full.Select(f => (f.RelativePath, f.Length, f.LastWriteUtc)), updated.Select(f => (f.RelativePath, f.Length, f.LastWriteUtc)));
    }

    private static TempFolder Archive()
    {
        var temp = new TempFolder();
        temp.Write("content/2025/07/a.txt", "A\n\nBody.\n");
        temp.Write("content/2025/07/b.md", "---\ntitle: B\n---\nBody.\n");
        temp.Write("content/2025/08/c.txt", "C\n\nBody.\n");
        return temp;
    }

    [Fact]
    public void Added_edited_and_deleted_files_give_the_full_listing()
    {
        using var temp = Archive();
        var (source, files) = Listed(temp);
        temp.Write("content/2025/09/new.txt", "New\n\nBody.\n");
        File.AppendAllText(temp["content/2025/07/a.txt"], "More text.\n");
        File.Delete(temp["content/2025/07/b.md"]);

        AssertSameAsFullListing(source, source.Update(files, ["2025/09/new.txt", "2025/07/a.txt", "2025/07/b.md"]));
    }

    [Fact]
    public void A_renamed_file_and_a_deleted_folder_give_the_full_listing()
    {
        using var temp = Archive();
        var (source, files) = Listed(temp);
        File.Move(temp["content/2025/07/a.txt"], temp["content/2025/07/renamed.txt"]);
        Directory.Delete(temp["content/2025/08"], recursive: true);

        AssertSameAsFullListing(source, source.Update(files, ["2025/07/a.txt", "2025/07/renamed.txt", "2025/08"]));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Random_changes_step_after_step_give_the_full_listing(int seed)
    {
        using var temp = Archive();
        var random = new Random(seed);
        var (source, files) = Listed(temp);
        string[] folders = ["2024/12", "2025/07", "2025/07/x", "2025/08", "2026/01"];
        for (var step = 0; step < 25; step++)
        {
            var changed = new List<string>();
            for (var n = random.Next(1, 4); n > 0; n--)
            {
                var existing = files.Select(f => f.RelativePath).ToList();
                var roll = random.Next(4);
                if (roll == 0 && existing.Count > 0)
                {
                    var path = existing[random.Next(existing.Count)];
                    if (File.Exists(temp["content/" + path])) File.Delete(temp["content/" + path]);
                    changed.Add(path);
                }
                else if (roll == 1 && existing.Count > 0)
                {
                    var path = existing[random.Next(existing.Count)];
                    if (File.Exists(temp["content/" + path])) File.AppendAllText(temp["content/" + path], "More.\n");
                    changed.Add(path);
                }
                else
                {
                    var path = $"{folders[random.Next(folders.Length)]}/{(char)('a' + random.Next(26))}{random.Next(3)}.{(random.Next(2) == 0 ? "txt" : "md")}";
                    temp.Write("content/" + path, "Title\n\nBody.\n");
                    changed.Add(path);
                }
            }
            var updated = source.Update(files, changed);
            AssertSameAsFullListing(source, updated);
            files = updated!;
        }
    }

    [Fact]
    public void A_folder_made_or_moved_in_is_walked_and_one_moved_away_or_hidden_goes()
    {
        using var temp = Archive();
        var (source, files) = Listed(temp);
        temp.Write("content/2026/01/x.txt", "X\n\nBody.\n");
        temp.Write("content/2026/01/deep/y.md", "# Y\n\nBody.\n");
        temp.Write("content/2026/01/notes.doc", "not an article");

        var made = source.Update(files, ["2026"]);
        AssertSameAsFullListing(source, made);
        Assert.Equal(files.Count + 2, made!.Count);

        Directory.Move(temp["content/2026"], temp["content/_2026"]);
        var hidden = source.Update(made, ["2026", "_2026"]);
        AssertSameAsFullListing(source, hidden);

        Directory.Move(temp["content/_2026"], temp["content/2027"]);
        var moved = source.Update(hidden!, ["_2026", "2027"]);
        AssertSameAsFullListing(source, moved);
        Assert.Contains(moved!, e => e.RelativePath == "2027/01/deep/y.md");
    }

    [Fact]
    public void An_editors_swap_and_backup_files_change_nothing()
    {
        using var temp = Archive();
        var (source, files) = Listed(temp);
        temp.Write("content/2025/07/.a.txt.swp", "swap");
        temp.Write("content/2025/07/a.txt~", "backup");

        var updated = source.Update(files, ["2025/07/.a.txt.swp", "2025/07/a.txt~"]);

        AssertSameAsFullListing(source, updated);
        Assert.Equal(files.Count, updated!.Count);
    }

    [Theory]
    [InlineData("folder with a folder link")]
    [InlineData("folder with a hidden article")]
    [InlineData("hidden article")]
    [InlineData("link")]
    [InlineData("outside")]
    public void What_only_a_full_listing_can_judge_is_refused(string kind)
    {
        using var temp = Archive();
        var (source, files) = Listed(temp);
        string changed;
        switch (kind)
        {
            case "folder with a folder link":
                temp.Write("content/2026/01/x.txt", "X\n\nBody.\n");
                Directory.CreateSymbolicLink(temp["content/2026/02"], temp["content/2025/07"]);
                changed = "2026";
                break;
            case "folder with a hidden article":
                temp.Write("content/2026/01/x.txt", "X\n\nBody.\n");
                temp.Write("content/2026/01/_draft.txt", "Draft\n\nBody.\n");
                changed = "2026";
                break;
            case "hidden article":
                temp.Write("content/2025/07/_draft.txt", "Draft\n\nBody.\n");
                changed = "2025/07/_draft.txt";
                break;
            case "link":
                File.CreateSymbolicLink(temp["content/2025/07/link.txt"], temp["content/2025/07/a.txt"]);
                changed = "2025/07/link.txt";
                break;
            default:
                changed = "../elsewhere.txt";
                break;
        }

        Assert.Null(source.Update(files, [changed]));
    }
}
