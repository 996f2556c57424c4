using Archive.Rendering;
using Archive.Site;

namespace Archive.Tests.Workflow;

public sealed class RecentBodiesTests
{
    private sealed class CountingBodies : IArticleBodies
    {
        public int Loads;

        public ArticleBody? Load(ArticleEntry entry)
        {
            Loads++;
            return entry.Title == "gone" ? null : new ArticleBody($"<p>{entry.Title} {Loads}</p>", []);
        }
    }

    private static ArticleEntry Entry(string title) => new()
    {
        SourcePath = title + ".txt", Title = title, Slug = title, Url = $"/2025/01/01/{title}/", Published = DateTimeOffset.UnixEpoch,
    };

    [Fact]
    public void A_body_is_loaded_once_per_entry_object_across_builds_and_a_new_version_is_loaded_afresh()
    {
        var recent = new RecentBodies();
        var source = new CountingBodies();
        var entry = Entry("a");

        var first = recent.Over(source).Load(entry);
        var again = recent.Over(source).Load(entry); // the next build of the session
        var changed = recent.Over(source).Load(entry with { Summary = "edited" });

        Assert.Same(first, again);
        Assert.NotEqual(first, changed);
        Assert.Equal(2, source.Loads);
    }

    [Fact]
    public void A_missing_body_is_not_remembered_and_the_memory_is_bounded()
    {
        var recent = new RecentBodies(capacity: 3);
        var source = new CountingBodies();
        var gone = Entry("gone");
        Assert.Null(recent.Over(source).Load(gone));
        Assert.Null(recent.Over(source).Load(gone));
        Assert.Equal(2, source.Loads);

        var entries = Enumerable.Range(0, 5).Select(i => Entry("e" + i)).ToList();
        foreach (var entry in entries) recent.Over(source).Load(entry);
        var loads = source.Loads;
        recent.Over(source).Load(entries[0]); // forgotten when the memory started afresh
        Assert.Equal(loads + 1, source.Loads);
    }
}
