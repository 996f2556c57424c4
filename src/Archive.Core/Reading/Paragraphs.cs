namespace Archive.Reading;

/// <summary>A paragraph of plain text and the line it starts on.</summary>
public sealed record TextBlock(string Text, int Line);

/// <summary>Groups body lines into paragraphs: blank lines separate; hard-wrapped lines are joined back.</summary>
public static class Paragraphs
{
    /// <summary>Lines are already free of line-end characters. <paramref name="firstLine"/> is the 1-based number of lines[0].</summary>
    public static IReadOnlyList<TextBlock> Split(IReadOnlyList<string> lines, int firstLine)
    {
        var blocks = new List<TextBlock>();
        var current = new List<(string Text, int Line)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                Flush(current, blocks);
                continue;
            }
            current.Add((line, firstLine + i));
        }
        Flush(current, blocks);
        return blocks;
    }

    private static void Flush(List<(string Text, int Line)> lines, List<TextBlock> blocks)
    {
        if (lines.Count == 0) return;
        // Lines that each end a sentence and are long are paragraphs of their own (single-newline copy);
        // otherwise the block is hard-wrapped prose and its lines are joined.
        var separate = lines.Count > 1 && lines.Take(lines.Count - 1).All(l => EndsSentence(l.Text) && l.Text.Length > 60);
        if (separate)
        {
            blocks.AddRange(lines.Select(l => new TextBlock(l.Text, l.Line)));
        }
        else
        {
            blocks.Add(new TextBlock(string.Join(' ', lines.Select(l => l.Text)), lines[0].Line));
        }
        lines.Clear();
    }

    public static bool EndsSentence(string text) =>
        text.Length > 0 && text[^1] is '.' or '!' or '?' or '"' or '\u201D' or ':' or ')';
}
