using System.Text;

namespace Archive.Search;

/// <summary>How text becomes search terms; <c>templates/assets/search.js</c> applies the same rules to queries.</summary>
public static class SearchText
{
    /// <summary>Longer tokens are cut here: they are almost always URLs or noise, and the cut keeps index keys short.</summary>
    public const int MaxTermLength = 32;

    /// <summary>Words too common in news copy to narrow a search; the index lists them so the script skips the same ones.</summary>
    public static readonly IReadOnlyList<string> StopWords =
    [
        "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "had", "has", "have", "he", "her",
        "his", "in", "is", "it", "its", "of", "on", "or", "said", "she", "that", "the", "their", "they", "this", "to",
        "was", "were", "which", "will", "with",
    ];

    private static readonly HashSet<string> StopSet = new(StopWords, StringComparer.Ordinal);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopLookup = StopSet.GetAlternateLookup<ReadOnlySpan<char>>();

    // Most tokens cannot be stop words by length or first letter; those skip the hash look-up.
    private static readonly int LongestStopWord = StopWords.Max(word => word.Length);
    private static readonly uint StopWordInitials = StopWords.Aggregate(0u, (mask, word) => mask | 1u << (word[0] - 'a'));

    private static bool IsStopWord(ReadOnlySpan<char> token) =>
        token.Length <= LongestStopWord && (uint)(token[0] - 'a') < 26 && (StopWordInitials & 1u << (token[0] - 'a')) != 0
        && StopLookup.Contains(token);

    /// <summary>
    /// The next indexable token of <paramref name="text"/> from <paramref name="position"/>, written lower-case into
    /// <paramref name="buffer"/> (at least <see cref="MaxTermLength"/> long); returns its length, 0 at the end. Tokens are runs
    /// of letters and decimal digits, two characters or more, cut at <see cref="MaxTermLength"/>; stop words are skipped.
    /// </summary>
    public static int Next(ReadOnlySpan<char> text, ref int position, Span<char> buffer)
    {
        var length = 0;
        for (; position <= text.Length; position++)
        {
            var c = position < text.Length ? text[position] : ' ';
            if (char.IsAsciiLetterOrDigit(c) || (c > '\u007f' && (char.IsLetter(c) || char.IsDigit(c))))
            {
                if (length < MaxTermLength) buffer[length++] = char.IsAscii(c) ? (char)(c | (char.IsAsciiLetter(c) ? 0x20 : 0)) : char.ToLowerInvariant(c);
                continue;
            }
            if (length >= 2 && !IsStopWord(buffer[..length]))
            {
                position++;
                return length;
            }
            length = 0;
        }
        return 0;
    }

    /// <summary>The terms of a text as strings, in order (duplicates kept); for queries and tests.</summary>
    public static IReadOnlyList<string> Terms(string text)
    {
        var terms = new List<string>();
        Span<char> buffer = stackalloc char[MaxTermLength];
        var position = 0;
        for (int length; (length = Next(text, ref position, buffer)) > 0;) terms.Add(buffer[..length].ToString());
        return terms;
    }

    /// <summary>FNV-1a over the term's UTF-8 bytes: picks a term's shard, identically in C# and in the script.</summary>
    public static uint Hash(string term)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(term)) hash = (hash ^ b) * 16777619u;
        return hash;
    }
}
