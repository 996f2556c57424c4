using System.Text;
using Archive.Model;
using Archive.Text;

namespace Archive.Reading;

/// <summary>Reads wire copy pasted as plain text: headline, byline/time lines, paragraphs, dateline.</summary>
public sealed class PlainTextReader : IArticleReader
{
    public bool CanRead(string path) => path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);

    public Article? Read(SourceFile file, SiteConfig config, DiagnosticBag diagnostics)
    {
        if (FrontMatter.Read(file, config, diagnostics) is not { } document) return null;
        var (front, text, firstLine) = document;
        if (string.IsNullOrWhiteSpace(text) && front.Title is null)
        {
            diagnostics.Error(file.At(), "the file has no text");
            return null;
        }

        var lines = DatelineLine.Join(text.Split('\n'));
        var header = WireHeader.Read(lines, config);
        var body = WireBody.Read(lines, header.BodyStart, firstLine);
        var paragraphs = body.Paragraphs.Select(p => p.Text).ToList();
        // An agency's name alone below the story ("VNA", "-- BERNAMA") signs it off; it is no paragraph.
        if (paragraphs.Count > 1 && Byline.IsKnownSource(paragraphs[^1], config)) paragraphs.RemoveAt(paragraphs.Count - 1);
        if (header.Title is null && paragraphs.Count == 0 && front.Title is null)
        {
            diagnostics.Error(file.At(), "no headline and no text found");
            return null;
        }

        var bodyLine = body.Paragraphs.Count > 0 ? body.Paragraphs[0].Line : firstLine;
        var facts = WireFacts.Resolve(front, header, body.ChromeLines, paragraphs, bodyLine, file, config, diagnostics);
        var title = front.Title ?? header.Title;
        if (title is null)
        {
            title = Headlines.FromLede(paragraphs.FirstOrDefault() ?? "");
            diagnostics.Warning(file.At(bodyLine), "no headline found; the title was taken from the first sentence");
        }
        var dateline = facts.Dateline;
        if (front.Place is { } place) dateline = dateline is null ? new Dateline(place, facts.Published is { } p ? DateOnly.FromDateTime(p.DateTime) : null, "", null) : dateline with { Place = place };

        return new Article
        {
            SourcePath = file.Path,
            Format = ContentFormat.PlainText,
            Title = title,
            Slug = front.Slug,
            Source = facts.Source,
            Authors = front.Authors ?? (header.Byline.Authors.Count > 0 ? header.Byline.Authors : FooterAuthors(body.ChromeLines)),
            Published = facts.Published,
            Updated = front.Updated ?? facts.Updated,
            Dateline = dateline,
            Place = front.Place,
            Topics = front.Topics ?? [],
            Summary = front.Summary ?? paragraphs.FirstOrDefault() ?? "",
            Paragraphs = paragraphs,
            Captions = header.Captions.Concat(body.Captions).ToList(),
            BodyHtml = ParagraphsHtml(paragraphs),
            WordCount = Words.Count(paragraphs),
            Draft = front.Draft,
        };
    }

    /// <summary>Each paragraph escaped in a <c>p</c> element, built in one buffer rather than a string per paragraph.</summary>
    private static string ParagraphsHtml(List<string> paragraphs)
    {
        var length = 0;
        foreach (var paragraph in paragraphs) length += paragraph.Length + 8;
        var html = new StringBuilder(length + length / 16);
        foreach (var paragraph in paragraphs) html.Append("<p>").Append(Html.Escape(paragraph)).Append("</p>\n");
        return html.ToString();
    }

    private static IReadOnlyList<string> FooterAuthors(IReadOnlyList<string> chromeLines) =>
        chromeLines.Select(FooterFacts.AuthorsFrom).FirstOrDefault(a => a is not null) ?? [];
}
