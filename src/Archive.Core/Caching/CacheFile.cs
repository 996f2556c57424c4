using System.Buffers;
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
            return Payload(path, kind, version) is { } payload ? System.Text.Json.JsonSerializer.Deserialize(payload.Span, type) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>
    /// A cache of many records: a head value, then one JSON value per line. The lines are parsed on all cores (one
    /// 100k-article document took seconds on one core). Null under the same conditions as <see cref="Read{T}"/>.
    /// </summary>
    public static (THead Head, TItem[] Items)? ReadLines<THead, TItem>(string path, string kind, int version,
        JsonTypeInfo<THead> head, JsonTypeInfo<TItem> item, int parallelism) where THead : class where TItem : class
    {
        try
        {
            if (Payload(path, kind, version) is not { } payload) return null;
            var lines = new List<Range>();
            var span = payload.Span;
            for (var start = 0; start < span.Length;)
            {
                var end = span[start..].IndexOf((byte)'\n');
                var stop = end < 0 ? span.Length : start + end;
                lines.Add(start..stop);
                start = stop + 1;
            }
            if (lines.Count == 0 || System.Text.Json.JsonSerializer.Deserialize(payload.Span[lines[0]], head) is not { } first) return null;
            var items = new TItem[lines.Count - 1];
            Parallel.For(1, lines.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) }, i =>
                items[i - 1] = System.Text.Json.JsonSerializer.Deserialize(payload.Span[lines[i]], item)
                    ?? throw new System.Text.Json.JsonException("null record"));
            return (first, items);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or NotSupportedException
            or AggregateException)
        {
            return null;
        }
    }

    /// <summary>Writes a head and records in the form <see cref="ReadLines{THead,TItem}"/> reads.</summary>
    public static void WriteLines<THead, TItem>(string path, string kind, int version, THead head, IReadOnlyList<TItem> items,
        JsonTypeInfo<THead> headType, JsonTypeInfo<TItem> itemType)
    {
        var output = new ArrayBufferWriter<byte>(1024 * 1024);
        using var json = new System.Text.Json.Utf8JsonWriter(output);
        System.Text.Json.JsonSerializer.Serialize(json, head, headType);
        foreach (var item in items)
        {
            json.Flush();
            output.Write("\n"u8);
            json.Reset(output);
            System.Text.Json.JsonSerializer.Serialize(json, item, itemType);
        }
        json.Flush();
        WritePayload(path, kind, version, output.WrittenSpan);
    }

    /// <summary>The payload of a cache file whose header names this kind and version and whose checksum matches; else null.</summary>
    private static ReadOnlyMemory<byte>? Payload(string path, string kind, int version)
    {
        if (!File.Exists(path)) return null;
        var bytes = File.ReadAllBytes(path);
        var newline = Array.IndexOf(bytes, (byte)'\n');
        if (newline < 0) return null;
        var header = Encoding.ASCII.GetString(bytes, 0, newline).Split(' ');
        if (header.Length != 3 || header[0] != kind || header[1] != Version(version)) return null;
        var payload = bytes.AsMemory(newline + 1);
        if (!string.Equals(header[2], Convert.ToHexStringLower(SHA256.HashData(payload.Span)), StringComparison.Ordinal)) return null;
        return payload;
    }

    /// <summary>Writes through a temporary file and a rename, so a reader sees the old file or the new one.</summary>
    public static void Write<T>(string path, string kind, int version, T value, JsonTypeInfo<T> type) =>
        WritePayload(path, kind, version, System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(value, type));

    private static void WritePayload(string path, string kind, int version, ReadOnlySpan<byte> payload)
    {
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
