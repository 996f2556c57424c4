namespace Archive.Reading;

/// <summary>A wire story's body: paragraphs with chrome dropped and photo captions set apart.</summary>
public sealed record WireBody(IReadOnlyList<string> Paragraphs, IReadOnlyList<string> Captions)
{
    public static WireBody From(IReadOnlyList<TextBlock> blocks)
    {
        var paragraphs = new List<string>();
        var captions = new List<string>();
        foreach (var block in blocks)
        {
            if (Chrome.IsChrome(block.Text)) continue;
            if (Chrome.IsCaption(block.Text)) captions.Add(block.Text);
            else paragraphs.Add(block.Text);
        }
        return new WireBody(paragraphs, captions);
    }
}
