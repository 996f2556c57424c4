using System.Text;

namespace Archive.Bench.Corpus;

/// <summary>One generated article: its path below the content folder and its text, plus the Hugo twin's.</summary>
public sealed record GeneratedArticle(ArticlePlan Plan, string Text, string HugoText);

/// <summary>Generates a corpus, in memory or onto disk. The bytes depend only on the count, seed and fraction.</summary>
public static class Corpus
{
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static GeneratedArticle Generate(ArticlePlan plan, int seed)
    {
        var body = BodyComposer.Compose(plan, seed);
        var text = plan.Markdown ? MarkdownLayout.ForArchive(plan, body, seed) : WireCopyLayout.Write(plan, body, seed);
        return new GeneratedArticle(plan, text, MarkdownLayout.ForHugo(plan, body, seed));
    }

    /// <summary>Articles generated lazily, in plan order (for benchmarks and tests).</summary>
    public static IEnumerable<GeneratedArticle> InMemory(int count, int seed, double markdownFraction = 0.1) =>
        Planner.Plan(count, seed, markdownFraction).Select(plan => Generate(plan, seed));

    /// <summary>Writes the corpus (and the Hugo twin site when <paramref name="hugoDir"/> is set), using all cores.</summary>
    public static void WriteTo(GeneratorOptions options)
    {
        var plans = Planner.Plan(options.Count, options.Seed, options.MarkdownFraction);
        var hugoContent = options.Hugo is null ? null : Path.Combine(options.Hugo, "content", HugoSite.Section);
        foreach (var folder in plans.Select(p => Path.GetDirectoryName(p.RelativePath) ?? "").Distinct(StringComparer.Ordinal))
        {
            Directory.CreateDirectory(Path.Combine(options.Out, folder));
            if (hugoContent is not null) Directory.CreateDirectory(Path.Combine(hugoContent, folder));
        }
        if (options.Hugo is not null)
        {
            foreach (var (path, text) in HugoSite.Files)
            {
                var full = Path.Combine(options.Hugo, path);
                Directory.CreateDirectory(Path.GetDirectoryName(full) ?? options.Hugo);
                File.WriteAllText(full, text, Utf8);
            }
        }
        Parallel.ForEach(plans, plan =>
        {
            var article = Generate(plan, options.Seed);
            File.WriteAllText(Path.Combine(options.Out, plan.RelativePath), article.Text, Utf8);
            if (hugoContent is not null)
                File.WriteAllText(Path.Combine(hugoContent, Path.ChangeExtension(plan.RelativePath, ".md")), article.HugoText, Utf8);
        });
    }
}
