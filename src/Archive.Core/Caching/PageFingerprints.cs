using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Archive.Rendering;
using Archive.Site;

namespace Archive.Caching;

/// <summary>
/// The fingerprint of a page: a hash of everything its bytes are made from. A page is its template applied to its view models,
/// so hashing the views (serialised), the template name, and a key for the theme, config and code covers every input.
/// </summary>
public sealed class PageFingerprints(string siteKey)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        TypeInfoResolver = JsonTypeInfoResolver.Combine(ViewJson.Default, new DefaultJsonTypeInfoResolver()),
    };

    // One buffer and writer per thread: a fingerprint is computed for every page of every build.
    [ThreadStatic] private static ArrayBufferWriter<byte>? buffer;
    [ThreadStatic] private static Utf8JsonWriter? writer;

    public string Of(string template, SiteView site, PageView page, IReadOnlyDictionary<string, object?> variables) =>
        Hash(json =>
        {
            json.WriteStringValue(template);
            JsonSerializer.Serialize(json, site, Json);
            JsonSerializer.Serialize(json, page, Json);
            foreach (var (key, value) in variables.OrderBy(v => v.Key, StringComparer.Ordinal))
            {
                json.WriteStringValue(key);
                JsonSerializer.Serialize(json, value, value?.GetType() ?? typeof(object), Json);
            }
        });

    /// <summary>A feed: its format, its list, and everything about the entries it shows (their text by its hash).</summary>
    /// <remarks>Null when an entry's text is unknown (no content hash): such a feed is always written afresh.</remarks>
    public string? OfFeed(string format, string title, string description, string listUrl, IReadOnlyList<ArticleEntry> entries) =>
        entries.Any(e => e.ContentHash.Length == 0) ? null : Hash(json =>
        {
            json.WriteStringValue(format);
            json.WriteStringValue(title);
            json.WriteStringValue(description);
            json.WriteStringValue(listUrl);
            // Search terms are a function of the text, which the content hash already stands for.
            foreach (var entry in entries) JsonSerializer.Serialize(json, entry with { SearchTerms = null }, ViewJson.Default.ArticleEntry);
        });

    /// <summary>Assets are their bytes.</summary>
    public string OfAsset(string path, ReadOnlySpan<byte> bytes) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(siteKey + "\n" + path + "\n"))) + Convert.ToHexStringLower(SHA256.HashData(bytes));

    private string Hash(Action<Utf8JsonWriter> write)
    {
        var output = buffer ??= new ArrayBufferWriter<byte>(64 * 1024);
        output.ResetWrittenCount();
        var json = writer ??= new Utf8JsonWriter(output, new JsonWriterOptions { SkipValidation = true });
        json.Reset(output);
        json.WriteStartArray();
        json.WriteStringValue(siteKey);
        write(json);
        json.WriteEndArray();
        json.Flush();
        var hash = SHA256.HashData(output.WrittenSpan);
        if (output.Capacity > 1024 * 1024) buffer = null; // a huge page once should not pin its buffer for the rest of the build
        return Convert.ToHexStringLower(hash);
    }
}
