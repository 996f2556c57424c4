using System.Text.Json;

namespace Archive.Feeds;

/// <summary>Writes a feed as JSON Feed 1.1.</summary>
public static class JsonFeed
{
    private static readonly JsonWriterOptions Options = new() { Indented = true };

    public static byte[] Write(FeedChannel feed)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("version", "https://jsonfeed.org/version/1.1");
            json.WriteString("title", feed.Title);
            json.WriteString("home_page_url", feed.PageUrl);
            json.WriteString("feed_url", feed.JsonUrl);
            json.WriteString("description", feed.Description);
            json.WriteString("language", feed.Language);
            Authors(json, [feed.Publisher]);
            json.WriteStartArray("items");
            foreach (var item in feed.Items) Item(json, item);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void Item(Utf8JsonWriter json, FeedItem item)
    {
        json.WriteStartObject();
        json.WriteString("id", item.Url);
        json.WriteString("url", item.Url);
        json.WriteString("title", item.Title);
        // JSON Feed requires content_html or content_text; the summary stands in when full text is off.
        if (item.ContentHtml is { } html) json.WriteString("content_html", html);
        else json.WriteString("content_text", item.Summary);
        if (item.Summary.Length > 0) json.WriteString("summary", item.Summary);
        json.WriteString("date_published", XmlOutput.Rfc3339(item.Published));
        json.WriteString("date_modified", XmlOutput.Rfc3339(item.Modified));
        Authors(json, item.Authors);
        if (item.Categories.Count > 0)
        {
            json.WriteStartArray("tags");
            foreach (var tag in item.Categories) json.WriteStringValue(tag);
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    private static void Authors(Utf8JsonWriter json, IReadOnlyList<string> names)
    {
        json.WriteStartArray("authors");
        foreach (var name in names)
        {
            json.WriteStartObject();
            json.WriteString("name", name);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
