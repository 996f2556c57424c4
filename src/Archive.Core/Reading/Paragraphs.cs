namespace Archive.Reading;

/// <summary>A paragraph of plain text and the line it starts on.</summary>
public sealed record TextBlock(string Text, int Line);

/// <summary>A body line as written (indentation kept, line end removed) and its 1-based line number; null text is a break.</summary>
public readonly record struct BodyLine(string? Text, int Number)
{
    public bool IsBreak => Text is null || Text.Trim().Length == 0;
}

/// <summary>Groups body lines into paragraphs. Blank lines separate; in hard-wrapped copy a paragraph ends where a line ends
/// a sentence and the next is indented or the line is short; copy whose lines each end a sentence has one paragraph a line.</summary>
public static class Paragraphs
{
    public static IReadOnlyList<TextBlock> Split(IReadOnlyList<BodyLine> lines)
    {
        var groups = Groups(lines);
        var wrapped = IsHardWrapped(groups);
        var width = wrapped ? groups.SelectMany(g => g).Max(l => Length(l)) : 0;
        var blocks = new List<TextBlock>();
        foreach (var group in groups)
        {
            if (!wrapped)
            {
                blocks.AddRange(OneALine(group));
                continue;
            }
            var start = 0;
            for (var i = 0; i < group.Count; i++)
            {
                var last = i == group.Count - 1;
                var text = group[i].Text ?? "";
                var breaksHere = last || (EndsSentence(text.TrimEnd()) &&
                    (Indent(group[i + 1].Text) > Indent(text) || Length(group[i]) < width * 3 / 4));
                if (!breaksHere) continue;
                blocks.Add(new TextBlock(string.Join(' ', group.Skip(start).Take(i - start + 1).Select(l => Clean(l.Text))), group[start].Number));
                start = i + 1;
            }
        }
        return blocks.Where(b => b.Text.Length > 0).ToList();
    }

    /// <summary>One paragraph a line, except that a line broken in mid-sentence before a lower-case word goes on.</summary>
    private static IEnumerable<TextBlock> OneALine(List<BodyLine> group)
    {
        var start = 0;
        for (var i = 0; i < group.Count; i++)
        {
            var next = i + 1 < group.Count ? Clean(group[i + 1].Text) : "";
            if (next.Length > 0 && char.IsLower(next[0]) && !EndsSentence(Clean(group[i].Text))) continue;
            yield return new TextBlock(string.Join(' ', group.Skip(start).Take(i - start + 1).Select(l => Clean(l.Text))), group[start].Number);
            start = i + 1;
        }
    }

    /// <summary>Copy is hard-wrapped when most lines that are followed by another line stop in mid-sentence.</summary>
    private static bool IsHardWrapped(List<List<BodyLine>> groups)
    {
        var inner = groups.SelectMany(g => g.Take(g.Count - 1)).ToList();
        if (inner.Count == 0) return false;
        var midSentence = inner.Count(l => !EndsSentence((l.Text ?? "").TrimEnd()));
        return midSentence >= 2 && midSentence * 10 >= inner.Count * 3 && groups.SelectMany(g => g).Max(l => Length(l)) <= 120;
    }

    private static List<List<BodyLine>> Groups(IReadOnlyList<BodyLine> lines)
    {
        var groups = new List<List<BodyLine>>();
        var current = new List<BodyLine>();
        foreach (var line in lines)
        {
            if (line.IsBreak)
            {
                if (current.Count > 0) groups.Add(current);
                current = [];
                continue;
            }
            current.Add(line);
        }
        if (current.Count > 0) groups.Add(current);
        return groups;
    }

    private static int Length(BodyLine line) => (line.Text ?? "").TrimEnd().Length;

    private static int Indent(string? text) => text is null ? 0 : text.Length - text.TrimStart().Length;

    /// <summary>Collapses runs of spaces and trims; the text is otherwise kept as written.</summary>
    public static string Clean(string? text)
    {
        if (text is null) return "";
        var trimmed = text.Trim();
        if (!trimmed.Contains("  ", StringComparison.Ordinal)) return trimmed;
        return string.Join(' ', trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    // Runs on most lines of every article: a span over a shared array allocates neither the array nor a trimmed copy.
    private static readonly char[] ClosingMarks = ['"', '\u201D', '\u2019', '\'', ')', ']'];

    public static bool EndsSentence(string text)
    {
        var end = text.AsSpan().TrimEnd(ClosingMarks);
        return end.Length > 0 && end[^1] is '.' or '!' or '?' or ':' or '…' || (end.Length < text.Length && text[^1] == ')');
    }
}
