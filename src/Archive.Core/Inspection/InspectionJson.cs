using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Archive.Model;

namespace Archive.Inspection;

/// <summary>The JSON form of <c>archive inspect</c>: one array, one object per file, keys in the documented order.</summary>
public static class InspectionJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Format(IEnumerable<ArticleInspection> inspections)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartArray();
            foreach (var inspection in inspections) Write(writer, inspection);
            writer.WriteEndArray();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(Utf8JsonWriter writer, ArticleInspection inspection)
    {
        var article = inspection.Article;
        writer.WriteStartObject();
        writer.WriteString("path", inspection.Path);
        writer.WriteString("title", article?.Title);
        writer.WriteString("slug", inspection.Slug);
        writer.WriteString("source", article?.Source);
        WriteStrings(writer, "authors", article?.Authors ?? []);
        writer.WriteString("published", Iso(article?.Published));
        writer.WriteString("updated", Iso(article?.Updated));
        WriteDateline(writer, article?.Dateline);
        WriteStrings(writer, "topics", inspection.Topics);
        writer.WriteString("summary", article?.Summary);
        WriteStrings(writer, "paragraphs", article?.Paragraphs ?? []);
        if (article is null) writer.WriteNull("wordCount");
        else writer.WriteNumber("wordCount", article.WordCount);
        writer.WriteStartArray("diagnostics");
        foreach (var diagnostic in inspection.Diagnostics)
        {
            writer.WriteStartObject();
            writer.WriteString("severity", diagnostic.SeverityName);
            writer.WriteNumber("line", diagnostic.Location.Line);
            writer.WriteNumber("column", diagnostic.Location.Column);
            writer.WriteString("message", diagnostic.Message);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        if (inspection.Explanation is { } explanation) WriteExplanation(writer, explanation);
        writer.WriteEndObject();
    }

    /// <summary>The <c>explain</c> key (only with <c>--explain</c>): every candidate term, its score and its matches.</summary>
    private static void WriteExplanation(Utf8JsonWriter writer, Taxonomy.TermExplanation explanation)
    {
        writer.WriteStartArray("explain");
        foreach (var candidate in explanation.Candidates)
        {
            writer.WriteStartObject();
            writer.WriteString("term", candidate.Name);
            writer.WriteString("kind", candidate.Kind.ToString().ToLowerInvariant());
            writer.WriteNumber("score", candidate.Score);
            writer.WriteBoolean("assigned", candidate.Assigned);
            writer.WriteBoolean("fromFrontMatter", candidate.FromFrontMatter);
            writer.WriteStartArray("matches");
            foreach (var match in candidate.Matches)
            {
                writer.WriteStartObject();
                writer.WriteString("keyword", match.Keyword);
                writer.WriteString("where", match.Where);
                writer.WriteNumber("count", match.Count);
                writer.WriteNumber("points", match.Points);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    /// <summary>ISO 8601 with the article's own offset: <c>2025-07-11T10:20:00+08:00</c>.</summary>
    public static string? Iso(DateTimeOffset? value) =>
        value?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static void WriteDateline(Utf8JsonWriter writer, Dateline? dateline)
    {
        if (dateline is null)
        {
            writer.WriteNull("dateline");
            return;
        }
        writer.WriteStartObject("dateline");
        writer.WriteString("place", dateline.Place);
        writer.WriteString("date", dateline.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.WriteString("text", dateline.Text);
        writer.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values) writer.WriteStringValue(value);
        writer.WriteEndArray();
    }
}
