using System.Buffers;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Archive.Rendering;
using Archive.Site;

namespace Archive.Caching;

/// <summary>
/// The fingerprint of a page: a hash of everything its bytes are made from. A page is its template applied to its view models,
/// so hashing the views (serialised), the template name, and a key for the theme, config and code covers every input.
/// </summary>
/// <remarks>
/// A list item is a pure function of its entry and the page's URL (the manifest's key), so it is hashed as its entry's key
/// and its link: a page of fifty items then costs fifty short strings, not fifty serialised items.
/// </remarks>
public sealed class PageFingerprints
{
    private readonly string siteKey;
    private readonly JsonSerializerOptions json;
    // Shared by every build of the process, so a serve session does not hash its 100k unchanged entries again; a key is
    // used only by builds with the site key it was made with.
    private static readonly ConditionalWeakTable<ArticleEntry, EntryKey> EntryKeys = new();

    private sealed record EntryKey(string SiteKey, string Key);

    public PageFingerprints(string siteKey)
    {
        this.siteKey = siteKey;
        json = new JsonSerializerOptions
        {
            TypeInfoResolver = JsonTypeInfoResolver.Combine(ViewJson.Default, new DefaultJsonTypeInfoResolver()),
            Converters = { new ItemAsKey(this) },
        };
    }

    // Writers per thread, reused page after page: a fingerprint is computed for every page of every build. A stack, because
    // an entry's key is computed while a page's fingerprint is being written (a list item), and then needs a second one.
    [ThreadStatic] private static Stack<(ArrayBufferWriter<byte> Output, Utf8JsonWriter Json)>? writers;

    public string Of(string template, SiteView site, PageView page, IReadOnlyDictionary<string, object?> variables) =>
        Hash(output =>
        {
            output.WriteStringValue(template);
            JsonSerializer.Serialize(output, site, json);
            JsonSerializer.Serialize(output, page, json);
            foreach (var (key, value) in variables.OrderBy(v => v.Key, StringComparer.Ordinal))
            {
                output.WriteStringValue(key);
                JsonSerializer.Serialize(output, value, value?.GetType() ?? typeof(object), json);
            }
        });

    /// <summary>An article page by its inputs (see SiteRenderer.ArticleFingerprint): entries by their keys, term links as text.</summary>
    public string OfArticle(string template, SiteView site, ArticleEntry entry, ArticleEntry? older, ArticleEntry? newer,
        IEnumerable<ArticleEntry> related, IReadOnlyList<string> terms) =>
        Hash(output =>
        {
            output.WriteStringValue(template);
            JsonSerializer.Serialize(output, site, json);
            output.WriteStringValue(KeyOf(entry));
            output.WriteStringValue(older is null ? "" : KeyOf(older));
            output.WriteStringValue(newer is null ? "" : KeyOf(newer));
            output.WriteStartArray();
            foreach (var item in related) output.WriteStringValue(KeyOf(item));
            output.WriteEndArray();
            foreach (var term in terms) output.WriteStringValue(term);
        });

    /// <summary>A feed: its format, its list, and everything about the entries it shows (their text by its hash).</summary>
    /// <remarks>Null when an entry's text is unknown (no content hash): such a feed is always written afresh.</remarks>
    public string? OfFeed(string format, string title, string description, string listUrl, IReadOnlyList<ArticleEntry> entries) =>
        entries.Any(e => e.ContentHash.Length == 0) ? null : Hash(output =>
        {
            output.WriteStringValue(format);
            output.WriteStringValue(title);
            output.WriteStringValue(description);
            output.WriteStringValue(listUrl);
            foreach (var entry in entries) output.WriteStringValue(KeyOf(entry));
        });

    /// <summary>
    /// Every field of an entry, hashed once per process and site key: its text by the content hash, its search terms left
    /// out (a function of that text).
    /// </summary>
    public string KeyOf(ArticleEntry entry)
    {
        if (EntryKeys.TryGetValue(entry, out var known) && known.SiteKey == siteKey) return known.Key;
        var key = Hash(output => JsonSerializer.Serialize(output, entry with { SearchTerms = null }, ViewJson.Default.ArticleEntry));
        EntryKeys.AddOrUpdate(entry, new EntryKey(siteKey, key));
        return key;
    }

    /// <summary>A sitemap file by what it lists: its path, the base URL, and each URL with its date (as numbers: a sitemap
    /// lists every page, so formatting 160,000 dates to hash them would cost more than the rest of a serve rebuild).</summary>
    public string OfSitemap(string path, string baseUrl, IEnumerable<Feeds.SitemapEntry> entries) =>
        Hash(output =>
        {
            output.WriteStringValue(path);
            output.WriteStringValue(baseUrl);
            foreach (var entry in entries)
            {
                output.WriteStringValue(entry.Url);
                if (entry.LastModified is { } time)
                {
                    output.WriteNumberValue(time.Ticks);
                    output.WriteNumberValue(time.Offset.Ticks);
                }
                else
                {
                    output.WriteNullValue();
                }
            }
        });

    /// <summary>The characters at the end of <see cref="OfAsset"/> that hash the bytes alone.</summary>
    public const int AssetBytesHashLength = 64;

    /// <summary>Assets are their bytes.</summary>
    public string OfAsset(string path, ReadOnlySpan<byte> bytes) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(siteKey + "\n" + path + "\n"))) + Convert.ToHexStringLower(SHA256.HashData(bytes));

    private string Hash(Action<Utf8JsonWriter> write)
    {
        var pool = writers ??= new();
        var (output, json) = pool.Count > 0 ? pool.Pop() : NewWriter();
        output.ResetWrittenCount();
        json.Reset(output);
        json.WriteStartArray();
        json.WriteStringValue(siteKey);
        write(json);
        json.WriteEndArray();
        json.Flush();
        var hash = Convert.ToHexStringLower(SHA256.HashData(output.WrittenSpan));
        // A huge page once should not pin its buffer for the rest of the build.
        if (output.Capacity <= 1024 * 1024) pool.Push((output, json));
        return hash;
    }

    private static (ArrayBufferWriter<byte>, Utf8JsonWriter) NewWriter()
    {
        var output = new ArrayBufferWriter<byte>(64 * 1024);
        return (output, new Utf8JsonWriter(output, new JsonWriterOptions { SkipValidation = true }));
    }

    /// <summary>Writes a list item as its entry's key and its link; an item made without an entry is written in full.</summary>
    private sealed class ItemAsKey(PageFingerprints fingerprints) : JsonConverter<ArticleItemView>
    {
        public override ArticleItemView Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("fingerprints are only written");

        public override void Write(Utf8JsonWriter output, ArticleItemView value, JsonSerializerOptions options)
        {
            if (value.Entry is not { } entry)
            {
                JsonSerializer.Serialize(output, value, ViewJson.Default.ArticleItemView);
                return;
            }
            output.WriteStartArray();
            output.WriteStringValue(fingerprints.KeyOf(entry));
            output.WriteStringValue(value.Url);
            output.WriteEndArray();
        }
    }
}
