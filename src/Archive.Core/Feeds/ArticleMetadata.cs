using System.Text;
using System.Text.Json;
using Archive.Model;
using Archive.Rendering;
using Archive.Site;

namespace Archive.Feeds;

/// <summary>A <c>&lt;meta property content&gt;</c> pair; the template escapes both.</summary>
public sealed record MetaTagView(string Property, string Content);

/// <summary>What search engines and link previews read from an article page: OpenGraph tags and schema.org JSON-LD.</summary>
public static class ArticleMetadata
{
    public static IReadOnlyList<MetaTagView> OpenGraph(SiteConfig config, ArticleEntry entry, string description)
    {
        var tags = new List<MetaTagView>
        {
            new("og:type", "article"),
            new("og:site_name", config.Title),
            new("og:title", entry.Title),
            new("og:description", description),
            new("og:url", Urls.Absolute(config.BaseUrl, entry.Url)),
            new("og:locale", config.Language.Replace('-', '_')),
            new("article:published_time", XmlOutput.Rfc3339(entry.Published)),
            new("article:modified_time", XmlOutput.Rfc3339(entry.Updated ?? entry.Published)),
        };
        if (entry.Terms.Topics.Count > 0) tags.Add(new("article:section", entry.Terms.Topics[0]));
        tags.AddRange(entry.Terms.Topics.Concat(entry.Terms.Countries).Distinct(StringComparer.Ordinal).Select(t => new MetaTagView("article:tag", t)));
        return tags;
    }

    /// <summary>
    /// A schema.org NewsArticle in a <c>script</c> element. System.Text.Json's default encoder writes &lt; &gt; &amp; as
    /// \u003C \u003E \u0026, so no title can close the element early.
    /// </summary>
    public static RawHtml JsonLd(SiteConfig config, ArticleEntry entry, string? datelineText)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            var url = Urls.Absolute(config.BaseUrl, entry.Url);
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "NewsArticle");
            json.WriteString("headline", entry.Title);
            if (entry.Summary.Length > 0) json.WriteString("description", entry.Summary);
            json.WriteString("url", url);
            json.WriteString("mainEntityOfPage", url);
            json.WriteString("inLanguage", config.Language);
            json.WriteString("datePublished", XmlOutput.Rfc3339(entry.Published));
            json.WriteString("dateModified", XmlOutput.Rfc3339(entry.Updated ?? entry.Published));
            Authors(json, entry, config.Title);
            Organization(json, "publisher", config.Title);
            if (entry.Terms.Source is { } source) Organization(json, "sourceOrganization", source);
            if (datelineText is not null) json.WriteString("dateline", datelineText);
            if (entry.Terms.Place is { } place)
            {
                json.WriteStartObject("locationCreated");
                json.WriteString("@type", "Place");
                json.WriteString("name", place);
                json.WriteEndObject();
            }
            if (entry.Terms.Topics.Count > 0) json.WriteString("articleSection", entry.Terms.Topics[0]);
            var keywords = entry.Terms.Topics.Concat(entry.Terms.Countries).Distinct(StringComparer.Ordinal).ToList();
            if (keywords.Count > 0)
            {
                json.WriteStartArray("keywords");
                foreach (var keyword in keywords) json.WriteStringValue(keyword);
                json.WriteEndArray();
            }
            if (entry.WordCount > 0) json.WriteNumber("wordCount", entry.WordCount);
            json.WriteEndObject();
        }
        return new RawHtml($"<script type=\"application/ld+json\">{Encoding.UTF8.GetString(stream.ToArray())}</script>");
    }

    private static void Authors(Utf8JsonWriter json, ArticleEntry entry, string siteTitle)
    {
        json.WriteStartArray("author");
        if (entry.Authors.Count == 0) WriteNamed(json, "Organization", entry.Terms.Source ?? siteTitle);
        foreach (var author in entry.Authors) WriteNamed(json, "Person", author);
        json.WriteEndArray();
    }

    private static void Organization(Utf8JsonWriter json, string property, string name)
    {
        json.WritePropertyName(property);
        WriteNamed(json, "Organization", name);
    }

    private static void WriteNamed(Utf8JsonWriter json, string type, string name)
    {
        json.WriteStartObject();
        json.WriteString("@type", type);
        json.WriteString("name", name);
        json.WriteEndObject();
    }
}
