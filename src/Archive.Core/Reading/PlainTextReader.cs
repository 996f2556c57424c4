using Archive.Model;
using Archive.Text;

namespace Archive.Reading;

/// <summary>Reads wire copy pasted as plain text: headline, byline/time lines, paragraphs, dateline.</summary>
public sealed class PlainTextReader : IArticleReader
{
    public bool CanRead(string path) => path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);

    public Article? Read(SourceFile file, SiteConfig config, DiagnosticBag diagnostics)
    {
        var text = LineEnds.Normalize(file.Text);
        var front = FrontMatter.Empty;
        var firstLine = 1;
        if (FrontMatter.SplitOff(text) is { } split)
        {
            front = FrontMatter.Parse(split.Yaml, file, config, diagnostics);
            if (split.BodyLine < 0)
            {
                diagnostics.Error(file.At(1), "front matter is not closed with a '---' line");
                return null;
            }
            text = split.Body;
            firstLine = split.BodyLine;
        }

        var lines = text.Split('\n');
        var header = WireHeader.Read(lines, firstLine);
        var blocks = Paragraphs.Split(lines[header.BodyStart..], firstLine + header.BodyStart);
        var body = WireBody.From(blocks);
        if (header.Title is null && body.Paragraphs.Count == 0 && front.Title is null)
        {
            diagnostics.Error(file.At(), string.IsNullOrWhiteSpace(text) ? "the file is empty" : "no title and no text found");
            return null;
        }

        var source = front.Source ?? header.Byline?.Source;
        var published = PublicationDate.Resolve(front.Date, header.Byline, source, file, config, diagnostics);
        var paragraphs = body.Paragraphs.ToList();
        Dateline? dateline = null;
        if (paragraphs.Count > 0 &&
            DatelineParser.TryParse(paragraphs[0], published.HasValue ? DateOnly.FromDateTime(published.Value.DateTime) : null, out var found, out var rest))
        {
            dateline = found;
            paragraphs[0] = rest;
            source ??= found.Source;
        }
        if (published is null && dateline?.Date is { } datelineDate)
            published = PublicationDate.FromDatelineDate(datelineDate, source, file, config, diagnostics);
        published ??= PublicationDate.FromPath(file, config, diagnostics);

        var title = front.Title ?? header.Title;
        if (title is null)
        {
            title = TitleFromLede(paragraphs.FirstOrDefault() ?? "");
            diagnostics.Warning(file.At(firstLine), "no headline found; the title was taken from the first sentence");
        }
        source = source is null ? null : config.CanonicalSource(source);

        return new Article
        {
            SourcePath = file.Path,
            Format = ContentFormat.PlainText,
            Title = title,
            Slug = front.Slug,
            Source = source,
            Authors = front.Authors ?? header.Byline?.Authors ?? [],
            Published = published,
            Updated = front.Updated,
            Dateline = dateline,
            Place = front.Place,
            Topics = front.Topics ?? [],
            Summary = front.Summary ?? paragraphs.FirstOrDefault() ?? "",
            Paragraphs = paragraphs,
            Captions = body.Captions,
            BodyHtml = string.Concat(paragraphs.Select(p => $"<p>{Html.Escape(p)}</p>\n")),
            WordCount = Words.Count(paragraphs),
            Draft = front.Draft,
        };
    }

    private static string TitleFromLede(string lede)
    {
        var end = lede.IndexOfAny(['.', '!', '?']);
        var sentence = end > 0 ? lede[..end] : lede;
        return sentence.Length > 120 ? sentence[..120].TrimEnd() + "…" : sentence;
    }
}
