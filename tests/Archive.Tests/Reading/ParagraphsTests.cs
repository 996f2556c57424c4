using Archive.Reading;

namespace Archive.Tests.Reading;

public sealed class ParagraphsTests
{
    private static IReadOnlyList<string> Split(string text) =>
        Paragraphs.Split(text.Split('\n').Select((line, i) => new BodyLine(line, i + 1)).ToList()).Select(b => b.Text).ToList();

    [Fact]
    public void Blank_lines_separate_and_numbers_are_kept()
    {
        var blocks = Paragraphs.Split(new List<BodyLine> { new("One.", 3), new("", 4), new("", 5), new("Two.", 6) });
        Assert.Equal([new TextBlock("One.", 3), new TextBlock("Two.", 6)], blocks);
    }

    [Fact]
    public void Hard_wrapped_lines_are_joined_and_indented_lines_start_paragraphs()
    {
        var text = "    The first paragraph starts here and goes on past the end of\nthe line, as hard-wrapped text does in old wire copy. It ends\nhere.\n    The second one is short.";
        Assert.Equal(
            ["The first paragraph starts here and goes on past the end of the line, as hard-wrapped text does in old wire copy. It ends here.", "The second one is short."],
            Split(text));
    }

    [Fact]
    public void Short_line_ending_a_sentence_ends_a_wrapped_paragraph()
    {
        var text = "The storm reached the coast overnight and flooded the streets of\nseveral towns.\nForecasters expect more rain over the weekend, and officials have\nwarned people to stay away from rivers.\nSchools in three counties will stay closed until the water has\ngone down, officials said.";
        Assert.Equal(3, Split(text).Count);
    }

    [Fact]
    public void Lines_that_each_end_a_sentence_are_paragraphs()
    {
        Assert.Equal(["One sentence here.", "Another one there.", "A third."], Split("One sentence here.\nAnother one there.\nA third."));
    }

    [Fact]
    public void Spaces_inside_a_line_collapse() => Assert.Equal(["a b c."], Split("  a   b  c.  "));
}
