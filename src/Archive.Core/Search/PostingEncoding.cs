using System.Buffers.Text;
using System.Numerics;
using System.Text;

namespace Archive.Search;

/// <summary>
/// A postings list as a short JSON-safe string. <c>v</c> + varints: for each document, <c>(id gap) &lt;&lt; 2 | field</c> in
/// base64url digits of 5 bits, low digits first, 32 added to every digit but the last. <c>b</c> + base64 of 2 bits per
/// document up to the last one that has the term (0 = absent, else the field): smaller for common terms, and its length
/// does not change when newer articles without the term arrive.
/// </summary>
public static partial class PostingEncoding
{
    private const string Digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static readonly byte[] DigitBytes = Encoding.ASCII.GetBytes(Digits);

    /// <summary>Encodes postings given as <c>docId &lt;&lt; 2 | field</c>, ascending by document id.</summary>
    public static string Encode(ReadOnlySpan<int> postings)
    {
        if (postings.IsEmpty) return "v";
        var length = EncodedLength(postings, out var bitmapBytes);
        var bytes = new byte[length + 1];
        Write(postings, bitmapBytes, bytes);
        return Encoding.ASCII.GetString(bytes, 0, length);
    }

    /// <summary>
    /// <see cref="Encode"/> as a JSON string value in UTF-8, written straight into one array: the encoding uses only
    /// base64 and base64url characters, which JSON needs no escape for (a common term's file is all this).
    /// </summary>
    public static byte[] EncodeJson(ReadOnlySpan<int> postings)
    {
        if (postings.IsEmpty) return "\"v\""u8.ToArray();
        var json = new byte[EncodedLength(postings, out var bitmapBytes) + 2];
        json[0] = (byte)'"';
        Write(postings, bitmapBytes, json.AsSpan(1));
        json[^1] = (byte)'"';
        return json;
    }

    /// <summary>The length of the encoding, prefix included; <paramref name="bitmapBytes"/> is 0 when varints are shorter.</summary>
    private static int EncodedLength(ReadOnlySpan<int> postings, out int bitmapBytes)
    {
        var lastId = postings[^1] >> 2;
        bitmapBytes = (lastId + 1 + 3) / 4;
        var bitmapChars = (bitmapBytes + 2) / 3 * 4;
        // Counting varints stops once they are longer than the bitmap: for a common term, after a few postings.
        var varints = VarintLength(postings, limit: bitmapChars);
        if (bitmapChars < varints) return 1 + bitmapChars;
        bitmapBytes = 0;
        return 1 + varints;
    }

    /// <summary>Base64 digits of 5 bits per varint: counted without a branch per posting (the count varies at random).</summary>
    private static int Digits5(long value) => BitOperations.Log2((ulong)value) / 5 + 1;

    private static int VarintLength(ReadOnlySpan<int> postings, int limit, int previous = -1)
    {
        if (postings.Length > limit) return postings.Length;
        var length = 0;
        for (var i = 0; i < postings.Length; i++)
        {
            var posting = postings[i];
            length += Digits5((long)((posting >> 2) - previous) << 2 | (uint)(posting & 3));
            previous = posting >> 2;
            if ((i & 63) == 63 && length > limit) return length;
        }
        return length;
    }

    private static void Write(ReadOnlySpan<int> postings, int bitmapBytes, Span<byte> destination)
    {
        if (bitmapBytes > 0)
        {
            destination[0] = (byte)'b';
            Bitmap(postings, destination[1..], bitmapBytes);
        }
        else
        {
            destination[0] = (byte)'v';
            Varints(postings, destination[1..]);
        }
    }

    /// <summary>Writes the varints; needs one byte of room after them (a short varint writes two digits, keeps one).</summary>
    private static void Varints(ReadOnlySpan<int> postings, Span<byte> destination, int previous = -1)
    {
        var at = 0;
        foreach (var posting in postings)
        {
            var value = (long)((posting >> 2) - previous) << 2 | (uint)(posting & 3);
            previous = posting >> 2;
            var digits = Digits5(value);
            if (digits <= 2)
            {
                destination[at] = DigitBytes[(int)(value & 31) | (digits - 1) << 5];
                destination[at + 1] = DigitBytes[(int)(value >> 5) & 31];
                at += digits;
                continue;
            }
            for (; value >= 32; value >>= 5) destination[at++] = DigitBytes[(int)(32 | (value & 31))];
            destination[at++] = DigitBytes[(int)value];
        }
    }

    /// <summary>Sets the bits in the (zeroed) destination, then turns them into base64 where they lie.</summary>
    private static void Bitmap(ReadOnlySpan<int> postings, Span<byte> destination, int byteCount)
    {
        foreach (var posting in postings)
        {
            var id = posting >> 2;
            destination[id >> 2] |= (byte)((posting & 3) << ((id & 3) * 2));
        }
        Base64.EncodeToUtf8InPlace(destination, byteCount, out _);
    }

    /// <summary>The inverse of <see cref="Encode"/>; used by tests and the measurement, as the script does it.</summary>
    public static List<int> Decode(string encoded)
    {
        var postings = new List<int>();
        if (encoded.StartsWith('b'))
        {
            var bytes = Convert.FromBase64String(encoded[1..]);
            for (var id = 0; id < bytes.Length * 4; id++)
            {
                var field = (bytes[id >> 2] >> ((id & 3) * 2)) & 3;
                if (field != 0) postings.Add(id << 2 | field);
            }
            return postings;
        }
        var previous = -1;
        long value = 0;
        var shift = 0;
        foreach (var c in encoded.AsSpan(1))
        {
            var digit = Digits.IndexOf(c);
            value |= (long)(digit & 31) << shift;
            shift += 5;
            if (digit >= 32) continue;
            previous += (int)(value >> 2);
            postings.Add(previous << 2 | (int)(value & 3));
            value = 0;
            shift = 0;
        }
        return postings;
    }
}
