using System.Text;

namespace Archive.Search;

/// <summary>
/// A postings list as a short JSON-safe string. <c>v</c> + varints: for each document, <c>(id gap) &lt;&lt; 2 | field</c> in
/// base64url digits of 5 bits, low digits first, 32 added to every digit but the last. <c>b</c> + base64 of 2 bits per
/// document up to the last one that has the term (0 = absent, else the field): smaller for common terms, and its length
/// does not change when newer articles without the term arrive.
/// </summary>
public static class PostingEncoding
{
    private const string Digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    /// <summary>Encodes postings given as <c>docId &lt;&lt; 2 | field</c>, ascending by document id.</summary>
    public static string Encode(ReadOnlySpan<int> postings)
    {
        if (postings.IsEmpty) return "v";
        var varints = VarintLength(postings);
        var lastId = postings[^1] >> 2;
        var bitmapBytes = (lastId + 1 + 3) / 4;
        var bitmapChars = (bitmapBytes + 2) / 3 * 4;
        return bitmapChars < varints ? Bitmap(postings, bitmapBytes) : Varints(postings, varints);
    }

    private static int VarintLength(ReadOnlySpan<int> postings)
    {
        var length = 0;
        var previous = -1;
        foreach (var posting in postings)
        {
            var value = (long)((posting >> 2) - previous) << 2 | (uint)(posting & 3);
            previous = posting >> 2;
            do { length++; value >>= 5; } while (value > 0);
        }
        return length;
    }

    private static string Varints(ReadOnlySpan<int> postings, int length)
    {
        var text = new StringBuilder(length + 1).Append('v');
        var previous = -1;
        foreach (var posting in postings)
        {
            var value = (long)((posting >> 2) - previous) << 2 | (uint)(posting & 3);
            previous = posting >> 2;
            while (value >= 32)
            {
                text.Append(Digits[(int)(32 | (value & 31))]);
                value >>= 5;
            }
            text.Append(Digits[(int)value]);
        }
        return text.ToString();
    }

    private static string Bitmap(ReadOnlySpan<int> postings, int byteCount)
    {
        var bytes = new byte[byteCount];
        foreach (var posting in postings)
        {
            var id = posting >> 2;
            bytes[id >> 2] |= (byte)((posting & 3) << ((id & 3) * 2));
        }
        return "b" + Convert.ToBase64String(bytes);
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
