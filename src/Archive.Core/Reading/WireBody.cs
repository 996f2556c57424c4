namespace Archive.Reading;

/// <summary>A wire story's body: paragraphs with chrome dropped, link lists skipped and photo captions set apart.</summary>
/// <param name="ChromeLines">The furniture lines dropped from the body, kept for the facts a footer gives away (<see cref="FooterFacts"/>).</param>
public sealed record WireBody(IReadOnlyList<TextBlock> Paragraphs, IReadOnlyList<string> Captions, IReadOnlyList<string> ChromeLines)
{
    private static readonly string[] EndMarks = ["Enditem", "Enditem.", "(END)", "END"];

    /// <summary>Removes an end mark a wire service appends to its last paragraph: "... he said. Enditem".</summary>
    public static string WithoutEndMark(string text)
    {
        var trimmed = text.TrimEnd();
        foreach (var mark in EndMarks)
        {
            if (trimmed.Length > mark.Length && trimmed.EndsWith(mark, StringComparison.Ordinal) && char.IsWhiteSpace(trimmed[^(mark.Length + 1)]))
                return trimmed[..^mark.Length].TrimEnd();
        }
        var editor = trimmed.EndsWith(')') ? trimmed.LastIndexOf("(Web editor:", StringComparison.OrdinalIgnoreCase) : -1;
        return editor > 0 && trimmed.IndexOf(')', editor) == trimmed.Length - 1 ? trimmed[..editor].TrimEnd() : trimmed;
    }

    /// <summary>Reads the body from <paramref name="lines"/>[<paramref name="start"/>..]; <paramref name="firstLine"/> numbers lines[0].</summary>
    public static WireBody Read(IReadOnlyList<string> lines, int start, int firstLine)
    {
        var kept = new List<BodyLine>(Math.Max(0, lines.Count - start));
        var captions = new List<string>();
        var chromeLines = new List<string>();
        var inLinkList = false;
        var captionFollows = false;
        for (var i = start; i < lines.Count; i++)
        {
            var line = lines[i];
            var trimmed = line.Trim();
            var number = firstLine + i;
            if (trimmed.Length == 0)
            {
                kept.Add(new BodyLine(null, number));
                continue;
            }
            if (trimmed.Length < 40 && Chrome.StartsLinkList(trimmed))
            {
                inLinkList = true;
                kept.Add(new BodyLine(null, number));
                continue;
            }
            // Headlines listed under "Related Stories" do not end sentences; the first line that does is text again.
            if (inLinkList && !Reading.Paragraphs.EndsSentence(trimmed))
            {
                kept.Add(new BodyLine(null, number));
                continue;
            }
            inLinkList = false;
            // The BBC labels its captions on a line of their own: "Image caption," then the caption.
            if (captionFollows)
            {
                captionFollows = false;
                captions.Add(Reading.Paragraphs.Clean(trimmed));
                kept.Add(new BodyLine(null, number));
                continue;
            }
            if (Chrome.IsChrome(trimmed))
            {
                captionFollows = Chrome.IsCaptionLabel(trimmed);
                chromeLines.Add(trimmed);
                kept.Add(new BodyLine(null, number));
                continue;
            }
            if (Chrome.IsCaption(trimmed))
            {
                captions.Add(Reading.Paragraphs.Clean(trimmed));
                kept.Add(new BodyLine(null, number));
                continue;
            }
            kept.Add(new BodyLine(line, number));
        }
        var paragraphs = Reading.Paragraphs.Split(kept)
            .Select(p => p with { Text = WithoutEndMark(p.Text) })
            .Where(p => p.Text.Length > 0 && (IsCheckedLine(p, lines, firstLine) || !Chrome.IsChrome(p.Text)))
            .ToList();
        return new WireBody(paragraphs, captions, chromeLines);
    }

    /// <summary>True when the paragraph is exactly the trimmed line it starts on: that line already passed <see cref="Chrome.IsChrome"/>.</summary>
    /// <remarks>Most copy has one paragraph a line, so this halves the chrome checks.</remarks>
    private static bool IsCheckedLine(TextBlock paragraph, IReadOnlyList<string> lines, int firstLine)
    {
        var index = paragraph.Line - firstLine;
        return index >= 0 && index < lines.Count && lines[index].AsSpan().Trim().SequenceEqual(paragraph.Text);
    }
}
