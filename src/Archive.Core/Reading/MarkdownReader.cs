using Archive.Model;
using Archive.Text;
using Markdig;
using Markdig.Syntax;

namespace Archive.Reading;

/// <summary>Reads Markdown with YAML front matter through one frozen Markdig pipeline.</summary>
public sealed class MarkdownReader : IArticleReader
{
    public bool CanRead(string path) =>
        path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);

    public Article? Read(SourceFile file, SiteConfig config, DiagnosticBag diagnostics)
    {
        if (FrontMatter.Read(file, config, diagnostics) is not { } parts) return null;
        var (front, text, bodyLine) = parts;
        if (string.IsNullOrWhiteSpace(text) && front.Title is null)
        {
            diagnostics.Error(file.At(), "the file is empty");
            return null;
        }

        var document = Markdown.Parse(text, MarkdownPipelines.For(config));
        var heading = document.Descendants<HeadingBlock>().FirstOrDefault(h => h.Level == 1);
        var title = front.Title ?? (heading is null ? null : MarkdownText.Inline(heading.Inline));
        if (heading is not null && front.Title is null) document.Remove(heading);
        if (string.IsNullOrWhiteSpace(title))
        {
            diagnostics.Error(file.At(bodyLine), "no title: add 'title:' to the front matter or a '# Heading'");
            return null;
        }

        var paragraphs = document.Descendants<ParagraphBlock>().Select(p => MarkdownText.Inline(p.Inline)).Where(p => p.Length > 0).ToList();
        var published = front.Date;
        var pathDate = PublicationDate.FromPath(file.Path);
        DateOnly? reference = published is { } known ? DateOnly.FromDateTime(known.DateTime) : pathDate?.Latest;
        Dateline? dateline = null;
        if (paragraphs.Count > 0 && DatelineParser.TryParse(paragraphs[0], reference, out var found, out var rest))
        {
            dateline = found with { Source = found.Source is { } s ? config.CanonicalSource(s) : null };
            paragraphs[0] = rest;
        }
        var rawSource = front.Source ?? dateline?.Source;
        var source = rawSource is null ? null : config.CanonicalSource(rawSource);
        if (published is null && dateline?.Date is { } datelineDate)
            published = PublicationDate.FromDateline(datelineDate, source, file, bodyLine, config, diagnostics);
        published ??= PublicationDate.FromPath(pathDate, source, file, config, diagnostics);
        if (front.Place is { } place)
            dateline = dateline is null ? new Dateline(place, published is { } p ? DateOnly.FromDateTime(p.DateTime) : null, "", null) : dateline with { Place = place };
        MarkdownSafety.NeutralizeUnsafeLinks(document);

        return new Article
        {
            SourcePath = file.Path,
            Format = ContentFormat.Markdown,
            Title = title.Trim(),
            Slug = front.Slug,
            Source = source,
            Authors = front.Authors ?? [],
            Published = published,
            Updated = front.Updated,
            Dateline = dateline,
            Place = front.Place,
            Topics = front.Topics ?? [],
            Summary = front.Summary ?? paragraphs.FirstOrDefault() ?? "",
            Paragraphs = paragraphs,
            BodyHtml = document.ToHtml(MarkdownPipelines.For(config)),
            WordCount = Words.Count(paragraphs),
            Draft = front.Draft,
        };
    }
}
