using System.Text;

namespace Archive.Inspection;

/// <summary>The text form of <c>archive inspect</c>: a short report a person can scan.</summary>
public static class InspectionText
{
    private const int PreviewLength = 100;

    public static string Format(IEnumerable<ArticleInspection> inspections)
    {
        var builder = new StringBuilder();
        foreach (var inspection in inspections)
        {
            if (builder.Length > 0) builder.Append('\n');
            Append(builder, inspection);
        }
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, ArticleInspection inspection)
    {
        var article = inspection.Article;
        builder.Append("== ").Append(inspection.Path).Append('\n');
        if (article is not null)
        {
            Line(builder, "title", article.Title);
            Line(builder, "slug", inspection.Slug);
            Line(builder, "source", article.Source);
            Line(builder, "authors", string.Join(", ", article.Authors));
            Line(builder, "published", InspectionJson.Iso(article.Published));
            Line(builder, "updated", InspectionJson.Iso(article.Updated));
            if (article.Dateline is { } dateline)
            {
                var date = dateline.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                Line(builder, "dateline", $"{dateline.Place ?? "(no place)"}, {date ?? "(no date)"}  \"{dateline.Text}\"");
            }
            Line(builder, "topics", string.Join(", ", inspection.Topics));
            Line(builder, "summary", Preview(article.Summary));
            Line(builder, "paragraphs", $"{article.Paragraphs.Count} ({article.WordCount} words)");
            for (var i = 0; i < article.Paragraphs.Count; i++)
                builder.Append("  ").Append(i + 1).Append(". ").Append(Preview(article.Paragraphs[i])).Append('\n');
        }
        foreach (var diagnostic in inspection.Diagnostics) builder.Append(diagnostic).Append('\n');
        if (inspection.Explanation is { } explanation) AppendExplanation(builder, explanation);
    }

    private static void AppendExplanation(StringBuilder builder, Taxonomy.TermExplanation explanation)
    {
        builder.Append("why:\n");
        foreach (var candidate in explanation.Candidates)
        {
            var verdict = candidate.FromFrontMatter ? "given in front matter" : candidate.Assigned ? "assigned" : "not assigned";
            var score = candidate.Score.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
            builder.Append("  ").Append(candidate.Name).Append(" (").Append(candidate.Kind.ToString().ToLowerInvariant())
                .Append("): score ").Append(score).Append(", ").Append(verdict).Append('\n');
            foreach (var match in candidate.Matches)
                builder.Append("    \"").Append(match.Keyword).Append("\" in ").Append(match.Where).Append(" x")
                    .Append(match.Count).Append(" = ").Append(match.Points.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        }
    }

    private static void Line(StringBuilder builder, string name, string? value)
    {
        if (string.IsNullOrEmpty(value)) return;
        builder.Append(name).Append(": ").Append(value).Append('\n');
    }

    private static string Preview(string text) => text.Length <= PreviewLength ? text : text[..PreviewLength] + "…";
}
