using System.Buffers.Text;

namespace Archive.Search;

/// <summary>A term file's JSON as <see cref="PostingEncoding.EncodeJson"/> wrote it, and the length its varint form has.</summary>
internal sealed record EncodedPostings(int Count, int VarintLength, byte[] Json);

public static partial class PostingEncoding
{
    /// <summary><see cref="EncodeJson"/>, keeping what a later <see cref="ExtendJson"/> needs.</summary>
    internal static EncodedPostings EncodeJsonToExtend(ReadOnlySpan<int> postings) =>
        new(postings.Length, postings.IsEmpty ? 0 : VarintLength(postings, int.MaxValue), EncodeJson(postings));

    /// <summary>
    /// The JSON of <paramref name="postings"/> from that of its first <c>earlier.Count</c> postings, encoding only what
    /// newer documents added: varints are appended, a bitmap is kept up to its last whole base64 group. Null when the
    /// form changes (then it is encoded whole).
    /// </summary>
    internal static EncodedPostings? ExtendJson(EncodedPostings earlier, ReadOnlySpan<int> postings)
    {
        if (earlier.Count == 0 || earlier.Count > postings.Length) return null;
        if (earlier.Count == postings.Length) return earlier;
        var added = postings[earlier.Count..];
        var earlierLastId = postings[earlier.Count - 1] >> 2;
        var varints = earlier.VarintLength + VarintLength(added, int.MaxValue, earlierLastId);
        var bitmapBytes = ((postings[^1] >> 2) + 1 + 3) / 4;
        var bitmapChars = (bitmapBytes + 2) / 3 * 4;
        var asBitmap = bitmapChars < varints;
        if (asBitmap != (earlier.Json[1] == (byte)'b')) return null;
        return new EncodedPostings(postings.Length, varints, asBitmap
            ? ExtendBitmap(earlier.Json, added, (earlierLastId + 1 + 3) / 4, bitmapBytes, bitmapChars)
            : ExtendVarints(earlier.Json, added, earlierLastId, varints));
    }

    /// <summary>
    /// The JSON of <paramref name="postings"/> from <paramref name="earlier"/>, the JSON of <paramref name="before"/>, when
    /// both lists share their first <paramref name="kept"/> postings (ids moved after them): what encodes those is copied,
    /// only the rest is encoded. Null when the form changes or nothing is shared (then it is encoded whole).
    /// </summary>
    internal static EncodedPostings? ReencodeTail(EncodedPostings earlier, ReadOnlySpan<int> before, ReadOnlySpan<int> postings, int kept)
    {
        if (kept == 0 || earlier.Count != before.Length || kept > before.Length || postings.Length <= kept && before.Length <= kept) return null;
        var lastKeptId = before[kept - 1] >> 2;
        var keptVarints = earlier.VarintLength - VarintLength(before[kept..], int.MaxValue, lastKeptId);
        var varints = keptVarints + VarintLength(postings[kept..], int.MaxValue, lastKeptId);
        var bitmapBytes = ((postings[^1] >> 2) + 1 + 3) / 4;
        var bitmapChars = (bitmapBytes + 2) / 3 * 4;
        var asBitmap = bitmapChars < varints;
        if (asBitmap != (earlier.Json[1] == (byte)'b')) return null;
        if (!asBitmap)
        {
            var json = new byte[varints + 3];
            earlier.Json.AsSpan(0, 2 + keptVarints).CopyTo(json);
            Varints(postings[kept..], json.AsSpan(2 + keptVarints), lastKeptId);
            json[^1] = (byte)'"';
            return new EncodedPostings(postings.Length, varints, json);
        }
        // Whole base64 groups (3 bytes, 12 documents) before the first id that differs stand as they were.
        var firstDiffering = Math.Min(kept < before.Length ? before[kept] >> 2 : int.MaxValue, kept < postings.Length ? postings[kept] >> 2 : int.MaxValue);
        var earlierBytes = ((before[^1] >> 2) + 1 + 3) / 4;
        var groups = Math.Min(firstDiffering / 12, Math.Min(earlierBytes, bitmapBytes) / 3);
        var bitmap = new byte[bitmapChars + 3];
        earlier.Json.AsSpan(0, 2 + groups * 4).CopyTo(bitmap);
        var tail = new byte[bitmapBytes - groups * 3];
        var from = groups * 12;
        foreach (var posting in postings[DocumentShift.FirstAtOrAfter(postings, from)..])
        {
            var id = posting >> 2;
            tail[(id >> 2) - groups * 3] |= (byte)((posting & 3) << ((id & 3) * 2));
        }
        Base64.EncodeToUtf8(tail, bitmap.AsSpan(2 + groups * 4), out _, out _);
        bitmap[^1] = (byte)'"';
        return new EncodedPostings(postings.Length, varints, bitmap);
    }

    private static byte[] ExtendVarints(byte[] earlier, ReadOnlySpan<int> added, int earlierLastId, int varints)
    {
        var json = new byte[varints + 3];
        earlier.AsSpan(0, earlier.Length - 1).CopyTo(json);
        // The closing quote's place is the one byte of room the varint writer needs.
        Varints(added, json.AsSpan(earlier.Length - 1), earlierLastId);
        json[^1] = (byte)'"';
        return json;
    }

    private static byte[] ExtendBitmap(byte[] earlier, ReadOnlySpan<int> added, int earlierBytes, int bitmapBytes, int bitmapChars)
    {
        var json = new byte[bitmapChars + 3];
        // Base64 groups of 3 bytes stand as they were, but for the last: a newer document may share its last byte.
        var kept = (earlierBytes - 1) / 3;
        earlier.AsSpan(0, 2 + kept * 4).CopyTo(json);
        var tail = new byte[bitmapBytes - kept * 3];
        Span<byte> lastGroup = stackalloc byte[3];
        Base64.DecodeFromUtf8(earlier.AsSpan(2 + kept * 4, 4), lastGroup, out _, out var decoded);
        lastGroup[..decoded].CopyTo(tail);
        foreach (var posting in added)
        {
            var id = posting >> 2;
            tail[(id >> 2) - kept * 3] |= (byte)((posting & 3) << ((id & 3) * 2));
        }
        Base64.EncodeToUtf8(tail, json.AsSpan(2 + kept * 4), out _, out _);
        json[^1] = (byte)'"';
        return json;
    }
}
