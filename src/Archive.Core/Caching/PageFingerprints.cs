using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Archive.Rendering;

namespace Archive.Caching;

/// <summary>
/// The fingerprint of a page: a hash of everything its bytes are made from. A page is its template applied to its view models,
/// so hashing the views (serialised), the template name, and a key for the theme, config and code covers every input.
/// </summary>
public sealed class PageFingerprints(string siteKey)
{
    private static readonly JsonSerializerOptions Json = new() { IncludeFields = false };

    public string Of(string template, SiteView site, PageView page, IReadOnlyDictionary<string, object?> variables)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(siteKey + "\n" + template + "\n"));
        hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(site, Json));
        hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(page, Json));
        foreach (var (key, value) in variables.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes("\n" + key + "="));
            hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(value, value?.GetType() ?? typeof(object), Json));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Assets are their bytes.</summary>
    public string OfAsset(string path, ReadOnlySpan<byte> bytes) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(siteKey + "\n" + path + "\n"))) + Convert.ToHexStringLower(SHA256.HashData(bytes));
}
