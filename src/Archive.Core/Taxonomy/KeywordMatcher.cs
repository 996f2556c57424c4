using System.Runtime.CompilerServices;

namespace Archive.Taxonomy;

/// <summary>One keyword of one term, compiled: its tokens, weight and case rule. Term -1 means "ignore".</summary>
internal sealed record KeywordRule(int Term, string Keyword, string[] Tokens, double Weight, bool CaseSensitive);

/// <summary>A found keyword: which rule, and the token index it starts at.</summary>
internal readonly record struct KeywordHit(KeywordRule Rule, int Token);

/// <summary>
/// Finds keyword phrases in a token stream with a trie over case-folded tokens: one dictionary look-up per token,
/// whatever the number of keywords. Leftmost-longest: "Papua New Guinea" hides "Guinea".
/// </summary>
internal sealed class KeywordMatcher
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        // Made once with the children: getting it per token checks the comparer's type every time.
        public Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> ChildrenBySpan;
        public List<KeywordRule>? Rules;
    }

    private readonly Node root = new();

    public void Add(KeywordRule rule)
    {
        var node = root;
        foreach (var token in rule.Tokens)
        {
            if (node.Children is null)
            {
                node.Children = new Dictionary<string, Node>(StringComparer.OrdinalIgnoreCase);
                node.ChildrenBySpan = node.Children.GetAlternateLookup<ReadOnlySpan<char>>();
            }
            if (!node.Children.TryGetValue(token, out var next)) node.Children[token] = next = new Node();
            node = next;
        }
        (node.Rules ??= []).Add(rule);
    }

    /// <summary>Calls <paramref name="onHit"/> for every rule of every leftmost-longest match in <paramref name="text"/>.</summary>
    public void Match(string text, List<Range> tokens, Action<KeywordHit> onHit)
    {
        var i = 0;
        while (i < tokens.Count)
        {
            var length = LongestAt(text, tokens, i, onHit);
            i += Math.Max(length, 1);
        }
    }

    // Runs at every token of every paragraph: compiled optimised at once, as it
    // otherwise runs unoptimised for much of the read phase, which is over before tiered compilation promotes it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int LongestAt(string text, List<Range> tokens, int start, Action<KeywordHit> onHit)
    {
        var node = root;
        var bestLength = 0;
        Node? best = null;
        for (var k = start; k < tokens.Count && node.Children is not null; k++)
        {
            if (!node.ChildrenBySpan.TryGetValue(text.AsSpan()[tokens[k]], out var next)) break;
            node = next;
            if (node.Rules is not null && AnyFits(node.Rules, text, tokens, start))
            {
                best = node;
                bestLength = k - start + 1;
            }
        }
        if (best?.Rules is null) return 0;
        foreach (var rule in best.Rules)
        {
            if (rule.Term >= 0 && CaseFits(rule, text, tokens, start)) onHit(new KeywordHit(rule, start));
        }
        return bestLength;
    }

    private static bool AnyFits(List<KeywordRule> rules, string text, List<Range> tokens, int start)
    {
        foreach (var rule in rules)
            if (CaseFits(rule, text, tokens, start)) return true;
        return false;
    }

    /// <summary>A keyword with capitals matches as written, or in capitals ("CHINA"), never lowercased ("us" is not "US").</summary>
    private static bool CaseFits(KeywordRule rule, string text, List<Range> tokens, int start)
    {
        if (!rule.CaseSensitive) return true;
        for (var j = 0; j < rule.Tokens.Length; j++)
        {
            var actual = text.AsSpan()[tokens[start + j]];
            var expected = rule.Tokens[j].AsSpan();
            if (actual.SequenceEqual(expected)) continue;
            if (Tokens.IsAllCaps(actual) && !Tokens.IsAllCaps(expected)) continue;
            return false;
        }
        return true;
    }
}
