using Archive.Configuration;
using Archive.Content;
using Archive.Model;
using Archive.Rendering;
using Archive.Site;
using Archive.Tests.TestSupport;

namespace Archive.Tests.Hardening;

/// <summary>The output does not depend on the order files are listed in, articles reach the site model, or pages are rendered.</summary>
public sealed class EnumerationOrderTests
{
    /// <summary>Every output file's bytes, from files read in <paramref name="order"/> and jobs rendered in shuffled order.</summary>
    private static SortedDictionary<string, byte[]> Render(string contentDir, SiteConfig config, Random? order)
    {
        var diagnostics = new DiagnosticBag();
        var source = new ContentSource(contentDir);
        var files = source.Enumerate(diagnostics).ToList();
        if (order is not null) files = [.. files.OrderBy(_ => order.Next())];
        var articles = ArticleIndex.ReadAll(source, files, config, diagnostics, 2);
        var entries = order is null ? articles.Entries : [.. articles.Entries.OrderBy(_ => order.Next())];
        var model = SiteModel.Build(config, entries, diagnostics);
        var renderer = new SiteRenderer(model, new TemplateStore(null, diagnostics), articles.Bodies, diagnostics);
        var jobs = renderer.Jobs().ToList();
        if (order is not null) jobs = [.. jobs.OrderBy(_ => order.Next())];
        var outputs = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var job in jobs)
        {
            var file = job.Render();
            Assert.NotNull(file);
            outputs.Add(file.RelativePath, file.Content.ToArray());
        }
        Assert.DoesNotContain(diagnostics.Sorted(), d => d.Severity == Severity.Error);
        return outputs;
    }

    private static void AssertOrderFree(string contentDir, SiteConfig config)
    {
        var reference = Render(contentDir, config, order: null);
        Assert.True(reference.Count > 20, $"only {reference.Count} outputs");
        foreach (var seed in new[] { 1, 2, 3 })
        {
            var shuffled = Render(contentDir, config, new Random(seed));
            Assert.Equal(reference.Keys, shuffled.Keys);
            var different = reference.Where(pair => !pair.Value.AsSpan().SequenceEqual(shuffled[pair.Key])).Select(pair => pair.Key).ToList();
            Assert.True(different.Count == 0, $"seed {seed}: {different.Count} files differ: {string.Join(", ", different.Take(10))}");
        }
    }

    [Fact]
    public void The_sample_archive_renders_the_same_bytes_in_any_order()
    {
        var root = Articles.RepoRoot();
        var diagnostics = new DiagnosticBag();
        var config = ConfigLoader.Parse("archive.yml", File.ReadAllText(Path.Combine(root, "archive.yml")), diagnostics);
        AssertOrderFree(Path.Combine(root, "content"), config);
    }

    [Fact]
    public void Colliding_slugs_and_same_time_articles_resolve_the_same_in_any_order()
    {
        using var site = TestSite.With();
        for (var i = 0; i < 24; i++)
        {
            // Six titles, four copies each, all at the same minute: URL collisions and ties in the date order.
            var title = $"Embassy talks on trade round {i % 6}";
            site.Write($"content/2024/06/story-{i:D2}.txt", Articles.Wire(title, new DateTime(2024, 6, 2, 9, 0, 0), body: $"Officials met about trade, version {i}."));
        }
        AssertOrderFree(Path.Combine(site.Root, "content"), SiteConfig.Default);
    }
}
