using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Archive.Rendering;
using Archive.Site;

namespace Archive.Search;

/// <summary>Writes the index files as compact JSON with System.Text.Json, valid whatever a title contains.</summary>
internal static class SearchJson
{
    public const int Version = 1;
    /// <summary>Ledes are cut near here: results show a teaser, and the document chunks stay small.</summary>
    public const int LedeLength = 240;

    // The files are fetched as data, never pasted into HTML, so non-ASCII text can stay as it is (a third of the bytes of \u escapes).
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Manifest(SearchIndex index, SiteModel site, YearRanges years) => Write(json =>
    {
        json.WriteStartObject();
        json.WriteNumber("version", Version);
        json.WriteNumber("documents", index.DocumentCount);
        json.WriteNumber("shardBits", index.ShardBits);
        json.WriteNumber("chunkSize", SearchIndex.ChunkSize);
        json.WriteNumber("maxTermLength", SearchText.MaxTermLength);
        json.WriteStartArray("stopWords");
        foreach (var word in SearchText.StopWords) json.WriteStringValue(word);
        json.WriteEndArray();
        json.WriteStartArray("years");
        foreach (var (year, ranges) in years.Years)
        {
            json.WriteStartObject();
            json.WriteNumber("year", year);
            json.WriteStartArray("ranges");
            foreach (var (first, last) in ranges)
            {
                json.WriteStartArray();
                json.WriteNumberValue(first);
                json.WriteNumberValue(last);
                json.WriteEndArray();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("topics");
        foreach (var topic in site.Terms[TermKind.Topic])
        {
            json.WriteStartObject();
            json.WriteString("name", Clean(topic.Name));
            json.WriteString("slug", topic.Slug);
            json.WriteNumber("count", topic.Articles.Count);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    });

    public static byte[] Shard(IEnumerable<(string Term, string Value)> entries) => Write(json =>
    {
        json.WriteStartObject();
        foreach (var (term, value) in entries) json.WriteString(term, value);
        json.WriteEndObject();
    });

    /// <summary>A chunk of the document table: what a result shows, by id order.</summary>
    public static byte[] Documents(IEnumerable<ArticleEntry> chunk) => Write(json =>
    {
        json.WriteStartArray();
        foreach (var article in chunk)
        {
            json.WriteStartObject();
            json.WriteString("t", Clean(article.Title));
            json.WriteString("u", article.Url[1..]);
            json.WriteString("d", DateFormats.Day(article.LocalDate));
            json.WriteString("i", article.LocalDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            if (article.Terms.Source is { } source) json.WriteString("s", Clean(source));
            if (article.Summary.Length > 0) json.WriteString("l", Clean(Lede(article.Summary)));
            if (article.Terms.Topics.Count > 0)
            {
                json.WriteStartArray("p");
                foreach (var topic in article.Terms.Topics) json.WriteStringValue(Clean(topic));
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
    });

    /// <summary>The summary cut at a word boundary before <see cref="LedeLength"/>, with an ellipsis when cut.</summary>
    public static string Lede(string summary)
    {
        if (summary.Length <= LedeLength) return summary;
        var cut = summary.LastIndexOf(' ', LedeLength);
        if (cut < LedeLength / 2) cut = LedeLength;
        if (char.IsHighSurrogate(summary[cut - 1])) cut--;
        return summary[..cut].TrimEnd() + "\u2026";
    }

    /// <summary>Replaces lone surrogates, which JSON cannot carry as UTF-8, with U+FFFD.</summary>
    public static string Clean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsSurrogate(text[i])) continue;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            var builder = new StringBuilder(text.Length);
            foreach (var rune in text.EnumerateRunes()) builder.Append(rune.ToString());
            return builder.ToString();
        }
        return text;
    }

    private static byte[] Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options)) write(json);
        return stream.ToArray();
    }
}
