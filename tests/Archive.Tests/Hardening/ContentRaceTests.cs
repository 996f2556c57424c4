using Archive.Content;
using Archive.Model;
using Archive.Rendering;
using Archive.Site;
using Archive.Tests.TestSupport;

namespace Archive.Tests.Hardening;

/// <summary>Content that moves under the build: files deleted or changed between the pipeline's steps, a content folder gone.</summary>
public sealed class ContentRaceTests
{
    private static TestSite ThreeArticles() => TestSite.With(
        ("content/2024/06/first.txt", Articles.Wire("First story", new DateTime(2024, 6, 1, 9, 0, 0))),
        ("content/2024/06/second.txt", Articles.Wire("Second story", new DateTime(2024, 6, 2, 9, 0, 0))),
        ("content/2024/06/third.txt", Articles.Wire("Third story", new DateTime(2024, 6, 3, 9, 0, 0))));

    /// <summary>Runs an action at the moment the build has listed its files and is about to read them.</summary>
    private sealed class BeforeReading(Action action) : IProgress<BuildProgress>
    {
        public void Report(BuildProgress value)
        {
            if (value.Phase == "read") action();
        }
    }

    [Fact]
    public void A_file_deleted_after_listing_is_named_and_the_rest_is_published()
    {
        using var site = ThreeArticles();
        var built = site.Build(o => o with { Progress = new BeforeReading(() => File.Delete(Path.Combine(site.Root, "content/2024/06/second.txt"))) });

        var error = Assert.Single(built.Errors);
        Assert.EndsWith("second.txt", error.Location.Path, StringComparison.Ordinal);
        Assert.Contains("cannot read", error.Message, StringComparison.Ordinal);
        Assert.True(built.Exists("2024/06/01/first-story/index.html"));
        Assert.True(built.Exists("2024/06/03/third-story/index.html"));
        Assert.False(built.Exists("2024/06/02/second-story/index.html"));
    }

    [Fact]
    public void A_file_changed_after_listing_is_published_as_read()
    {
        using var site = ThreeArticles();
        var changed = Articles.Wire("Second story rewritten at length", new DateTime(2024, 6, 2, 9, 0, 0), body: new string('x', 5000));
        var built = site.Build(o => o with { Progress = new BeforeReading(() => site.Write("content/2024/06/second.txt", changed)) });

        Assert.Empty(built.Errors);
        built.AssertFile("2024/06/02/second-story-rewritten-at-length/index.html", new string('x', 5000));
    }

    [Fact]
    public void A_file_deleted_between_reading_and_rendering_costs_its_page_with_an_error_naming_it()
    {
        using var site = ThreeArticles();
        var diagnostics = new DiagnosticBag();
        var source = new ContentSource(Path.Combine(site.Root, "content"));
        var articles = ArticleIndex.ReadAll(source, source.Enumerate(diagnostics), SiteConfig.Default, diagnostics, 2);
        var model = SiteModel.Build(SiteConfig.Default, articles.Entries, diagnostics);
        var renderer = new SiteRenderer(model, new TemplateStore(null, diagnostics), articles.Bodies, diagnostics);
        Assert.Empty(diagnostics.Sorted());

        File.Delete(Path.Combine(site.Root, "content/2024/06/second.txt"));
        var outputs = renderer.Jobs().ToDictionary(job => job.Url, job => job.Render());

        var lost = model.Articles.Single(a => a.Title == "Second story").Url;
        Assert.Null(outputs[lost]);
        Assert.All(outputs.Where(o => o.Key != lost), o => Assert.NotNull(o.Value));
        var error = Assert.Single(diagnostics.Sorted(), d => d.Severity == Severity.Error);
        Assert.EndsWith("second.txt", error.Location.Path, StringComparison.Ordinal);
        Assert.Contains("vanished", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_content_folder_is_an_error_and_keeps_the_current_site()
    {
        using var site = ThreeArticles();
        Assert.Empty(site.Build().Errors);
        var before = Workflow.SiteTrees.Read(site.Output);

        Directory.Delete(Path.Combine(site.Root, "content"), recursive: true);
        var built = site.Build();

        var error = Assert.Single(built.Errors);
        Assert.EndsWith("content", error.Location.Path, StringComparison.Ordinal);
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
        Assert.Null(Workflow.SiteTrees.Difference(before, Workflow.SiteTrees.Read(site.Output)));
    }
}
