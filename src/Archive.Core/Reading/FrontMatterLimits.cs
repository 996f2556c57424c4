namespace Archive.Reading;

/// <summary>Refuses front matter that could exhaust the parser's stack or memory (deep nesting, huge blocks)
/// before YAML is parsed: a stack overflow cannot be caught, so it must not happen.</summary>
internal static class FrontMatterLimits
{
    public const int MaxBytes = 64 * 1024;
    public const int MaxDepth = 32;

    public static string? Check(string yaml)
    {
        if (yaml.Length > MaxBytes) return $"front matter is over {MaxBytes / 1024} KB";
        var depth = 0;
        var deepest = 0;
        foreach (var c in yaml)
        {
            if (c is '[' or '{') deepest = Math.Max(deepest, ++depth);
            else if (c is ']' or '}') depth = Math.Max(0, depth - 1);
        }
        var indent = yaml.Split('\n').Max(line => line.Length - line.TrimStart(' ').Length);
        return deepest > MaxDepth || indent > MaxDepth * 4 ? "front matter is nested too deeply" : null;
    }

    /// <summary>Line and column (1-based, within the block) of the first '[' or '{' never closed, if any.</summary>
    public static (int Line, int Column)? UnclosedBracket(string yaml)
    {
        var open = new Stack<(int, int)>();
        var line = 1;
        var column = 0;
        foreach (var c in yaml)
        {
            column++;
            if (c == '\n') { line++; column = 0; }
            else if (c is '[' or '{') open.Push((line, column));
            else if (c is ']' or '}' && open.Count > 0) open.Pop();
        }
        return open.Count > 0 ? open.Last() : null;
    }
}
