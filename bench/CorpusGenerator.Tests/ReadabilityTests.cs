using Archive.Model;
using Archive.Reading;
using Archive.Taxonomy;

namespace Archive.Bench.Corpus.Tests;

/// <summary>The corpus is only worth benchmarking if Archive reads it as the articles it was written to be.</summary>
public class ReadabilityTests
{
    private static readonly IReadOnlyList<(GeneratedArticle Generated, Article? Article, DiagnosticBag Diagnostics)> Read =
        Corpus.InMemory(1_000, seed: 9).Select(generated =>
        {
            var diagnostics = new DiagnosticBag();
            var file = new SourceFile(generated.Plan.RelativePath, generated.Text);
            return (generated, Readers.Default.Read(file, SiteConfig.Default, diagnostics), diagnostics);
        }).ToList();

    [Fact]
    public void Every_article_reads_without_errors_and_keeps_its_title()
    {
        Assert.All(Read, r => Assert.False(r.Diagnostics.HasErrors, string.Join("\n", r.Diagnostics.Sorted())));
        Assert.All(Read, r => Assert.Equal(r.Generated.Plan.Title, r.Article?.Title));
    }

    [Fact]
    public void Articles_with_a_full_time_line_read_at_that_instant()
    {
        var timed = Read.ToList();
        Assert.NotEmpty(timed);
        Assert.All(timed, r => Assert.Equal(r.Generated.Plan.Published, r.Article?.Published));
    }

    [Fact]
    public void Keyword_rules_find_the_planned_topic_in_most_articles()
    {
        int ruled = 0, found = 0;
        foreach (var (generated, article, _) in Read)
        {
            var term = SiteConfig.Default.Taxonomy.Find(generated.Plan.Topic.Name);
            if (article is null || term is null) continue;
            ruled++;
            var terms = TermAssigner.Assign(article, SiteConfig.Default);
            if (terms.Topics.Contains(term.Name) || terms.Countries.Contains(term.Name)) found++;
        }
        Assert.True(ruled > 500 && found >= ruled * 0.9, $"{found} of {ruled} articles got their planned topic");
    }

    [Fact]
    public void Datelines_are_recognised_with_their_place()
    {
        // China Daily copy often carries no dateline; only articles whose text holds one are expected to yield it.
        var withPlace = Read.Where(r => !r.Generated.Plan.Markdown && r.Generated.Text.Contains(r.Generated.Plan.Place.Dateline + ",", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(withPlace);
        Assert.All(withPlace, r => Assert.Equal(r.Generated.Plan.Place.Dateline, r.Article?.Dateline?.Place));
    }
}
