using System.Runtime.CompilerServices;

namespace Archive.Text;

/// <summary>Word counting shared by the readers and the search index.</summary>
public static class Words
{
    public static int Count(IEnumerable<string> paragraphs) => paragraphs.Sum(Count);

    // Per-character work on every paragraph: compiled optimised at once, as it
    // otherwise runs unoptimised for much of the read phase, which is over before tiered compilation promotes it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Count(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord) count++;
            inWord = letter || (inWord && c is '\'' or '-' or '\u2019');
        }
        return count;
    }
}
