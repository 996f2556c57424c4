using System.Globalization;
using System.Text;

namespace Archive.Bench.Corpus;

/// <summary>Lays an article out as Markdown with YAML front matter, for Archive and for the Hugo twin site.</summary>
public static class MarkdownLayout
{
    /// <summary>An Archive Markdown article: title, date with offset, source, authors, topics, place.</summary>
    public static string ForArchive(ArticlePlan plan, ArticleBody body, int seed)
    {
        var random = Prng.For(seed, plan.Index, salt: 4);
        var text = new StringBuilder(plan.Words * 7 + 512);
        text.Append("---\n");
        text.Append("title: ").Append(Quote(plan.Title)).Append('\n');
        text.Append("date: ").Append(IsoDate(plan)).Append('\n');
        text.Append("source: ").Append(plan.Source).Append('\n');
        if (plan.Authors.Count > 0) text.Append("authors: ").Append(List(plan.Authors)).Append('\n');
        text.Append("topics: ").Append(List(plan.TopicNames)).Append('\n');
        text.Append("place: ").Append(plan.Place.Name).Append('\n');
        text.Append("---\n\n");
        AppendBody(text, plan, body, random, subheadings: true);
        return text.ToString();
    }

    /// <summary>The same article for Hugo: tags are topics, categories the source, plus place and month terms.</summary>
    public static string ForHugo(ArticlePlan plan, ArticleBody body, int seed)
    {
        var random = Prng.For(seed, plan.Index, salt: 4);
        var text = new StringBuilder(plan.Words * 7 + 512);
        text.Append("---\n");
        text.Append("title: ").Append(Quote(plan.Title)).Append('\n');
        text.Append("date: ").Append(IsoDate(plan)).Append('\n');
        text.Append("slug: ").Append(Quote(plan.Slug)).Append('\n');
        if (plan.Authors.Count > 0) text.Append("authors: ").Append(List(plan.Authors)).Append('\n');
        text.Append("tags: ").Append(List(plan.TopicNames)).Append('\n');
        text.Append("categories: ").Append(List([plan.Source])).Append('\n');
        text.Append("places: ").Append(List([plan.Place.Name])).Append('\n');
        text.Append("archives: ").Append(List([plan.LocalTime.ToString("yyyy-MM", CultureInfo.InvariantCulture)])).Append('\n');
        text.Append("---\n\n");
        AppendBody(text, plan, body, random, subheadings: plan.Markdown);
        return text.ToString();
    }

    private static void AppendBody(StringBuilder text, ArticlePlan plan, ArticleBody body, Prng random, bool subheadings)
    {
        for (var i = 0; i < body.Paragraphs.Count; i++)
        {
            if (i == 0) text.Append(Escape(WireCopyLayout.Dateline(plan, random)));
            if (subheadings && i > 2 && i % 6 == 0) text.Append("## ").Append(plan.Topic.Name).Append(" outlook\n\n");
            text.Append(Escape(body.Paragraphs[i])).Append("\n\n");
            if (i == 1 && body.Caption is not null) text.Append('*').Append(Escape(body.Caption)).Append("*\n\n");
        }
    }

    public static string IsoDate(ArticlePlan plan) => plan.Published.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string List(IReadOnlyList<string> values) => "[" + string.Join(", ", values.Select(Quote)) + "]";

    // Wire text has no Markdown of its own; only characters that would start markup mid-text need care.
    private static string Escape(string text) => text.Replace("*", "\\*", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
