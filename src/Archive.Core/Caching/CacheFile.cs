using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization.Metadata;

namespace Archive.Caching;

/// <summary>
/// A cache file: one header line (kind, format version, SHA-256 of the payload) then a JSON payload. A file that is missing,
/// truncated, of another version or with a wrong checksum reads as null: a cache is never trusted, only verified.
/// </summary>
internal static class CacheFile
{
    public static T? Read<T>(string path, string kind, int version, JsonTypeInfo<T> type) where T : class
    {
        try
        {
            if (!File.Exists(path)) return null;
            var bytes = File.ReadAllBytes(path);
            var newline = Array.IndexOf(bytes, (byte)'\n');
            if (newline < 0) return null;
            var header = Encoding.ASCII.GetString(bytes, 0, newline).Split(' ');
            if (header.Length != 3 || header[0] != kind || header[1] != Version(version)) return null;
            var payload = bytes.AsSpan(newline + 1);
            if (!string.Equals(header[2], Convert.ToHexStringLower(SHA256.HashData(payload)), StringComparison.Ordinal)) return null;
            return System.Text.Json.JsonSerializer.Deserialize(payload, type);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Writes through a temporary file and a rename, so a reader sees the old file or the new one.</summary>
    public static void Write<T>(string path, string kind, int version, T value, JsonTypeInfo<T> type)
    {
        var payload = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(value, type);
        var header = Encoding.ASCII.GetBytes($"{kind} {Version(version)} {Convert.ToHexStringLower(SHA256.HashData(payload))}\n");
        Directory.CreateDirectory(Path.GetDirectoryName(path) ?? ".");
        var temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            stream.Write(header);
            stream.Write(payload);
            stream.Flush(flushToDisk: true);
        }
        File.Move(temporary, path, overwrite: true);
    }

    private static string Version(int version) => "v" + version.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
