using System.Globalization;
using System.Text.RegularExpressions;

namespace Archive.Bench.Corpus.Tests;

public class CorpusShapeTests
{
    private static readonly IReadOnlyList<GeneratedArticle> Articles = Corpus.InMemory(2_000, seed: 42).ToList();

    [Fact]
    public void Paths_are_unique_and_filed_under_the_publication_month()
    {
        Assert.Equal(Articles.Count, Articles.Select(a => a.Plan.RelativePath).Distinct(StringComparer.Ordinal).Count());
        Assert.All(Articles, a => Assert.StartsWith(a.Plan.LocalTime.ToString("yyyy'/'MM'/'", CultureInfo.InvariantCulture), a.Plan.RelativePath));
    }

    [Fact]
    public void Dates_span_ten_years()
    {
        var years = Articles.Select(a => a.Plan.LocalTime.Year).Distinct().Order().ToList();
        Assert.Equal(Enumerable.Range(2016, 10), years);
    }

    [Fact]
    public void Some_articles_share_title_and_day_with_another()
    {
        var collisions = Articles.GroupBy(a => (a.Plan.Title, DateOnly.FromDateTime(a.Plan.LocalTime))).Count(g => g.Count() > 1);
        Assert.InRange(collisions, 5, 60);
    }

    [Fact]
    public void Body_lengths_range_from_200_to_1500_words()
    {
        var counts = Articles.Select(a => Regex.Matches(Body(a.Text), @"\S+").Count).ToList();
        Assert.All(counts, c => Assert.InRange(c, 180, 1_650));
        Assert.Contains(counts, c => c < 300);
        Assert.Contains(counts, c => c > 1_200);
    }

    [Fact]
    public void About_a_tenth_are_Markdown_with_front_matter()
    {
        var markdown = Articles.Where(a => a.Plan.RelativePath.EndsWith(".md", StringComparison.Ordinal)).ToList();
        Assert.InRange(markdown.Count, 150, 250);
        Assert.All(markdown, a => Assert.Matches(@"^---\ntitle: "".+""\ndate: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d\nsource: .+\n", a.Text));
    }

    [Fact]
    public void Every_agency_style_appears()
    {
        var texts = Articles.Select(a => a.Text).ToList();
        Assert.Contains(texts, t => Regex.IsMatch(t, @"\n\(Xinhua\) \d\d:\d\d, [A-Z][a-z]+ \d{1,2}, \d{4}\n"));
        Assert.Contains(texts, t => Regex.IsMatch(t, @"\nBy [A-Za-z ]+ \(China Daily\) \d\d:\d\d, [A-Z][a-z]+ \d{1,2}, \d{4}\n"));
        Assert.Contains(texts, t => Regex.IsMatch(t, @"\nSource: Xinhua\| \d{4}-\d\d-\d\d \d\d:\d\d:\d\d\|Editor: "));
        Assert.Contains(texts, t => Regex.IsMatch(t, @"\n[A-Z ]+, [A-Z][a-z]+ \d{1,2} \(Reuters\) - "));
        Assert.Contains(texts, t => Regex.IsMatch(t, @"\nBy [A-Za-z ]+, AP\n[A-Z][a-z]{2} \d{1,2}, \d{4} \d\d:\d\d UTC\n\n[A-Z ]+ \(AP\) — "));
        Assert.Contains(texts, t => t.Contains("\nEnditem\n", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("\nShare\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Hugo_twins_carry_the_same_title_date_and_a_unique_slug()
    {
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in Articles)
        {
            Assert.Contains($"date: {MarkdownLayout.IsoDate(article.Plan)}\n", article.HugoText, StringComparison.Ordinal);
            Assert.Contains($"slug: \"{article.Plan.Slug}\"\n", article.HugoText, StringComparison.Ordinal);
            Assert.Contains($"categories: [\"{article.Plan.Source}\"]\n", article.HugoText, StringComparison.Ordinal);
            Assert.True(slugs.Add(article.Plan.LocalTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "/" + article.Plan.Slug));
        }
    }

    /// <summary>The text below the head lines and front matter, chrome lines included (they are short).</summary>
    private static string Body(string text)
    {
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = normalized.StartsWith("---\n", StringComparison.Ordinal) ? normalized.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5 : normalized.IndexOf("\n\n", StringComparison.Ordinal);
        return normalized[start..];
    }
}
