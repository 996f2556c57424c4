using Archive.Model;

namespace Archive.Reading;

/// <summary>Source, dates and dateline of a plain-text article, each from the strongest evidence the file offers:
/// front matter, then byline, then dateline, then the site name; dates last of all from the path, never the file's mtime.</summary>
public sealed record WireFacts(string? Source, DateTimeOffset? Published, DateTimeOffset? Updated, Dateline? Dateline)
{
    /// <summary>Resolves the facts and removes the dateline from <paramref name="paragraphs"/>[0].</summary>
    public static WireFacts Resolve(FrontMatter front, WireHeader header, IReadOnlyList<string> footer, List<string> paragraphs, int datelineLine, SourceFile file, SiteConfig config, DiagnosticBag diagnostics)
    {
        var byline = header.Byline;
        var lenient = byline.Source is not null || byline.Published is not null || byline.Updated is not null;
        Dateline? dateline = null;
        // The dateline's source may decide the zone, so it is found before the year of its date is known.
        if (paragraphs.Count > 0 && DatelineParser.TryParse(paragraphs[0], null, lenient, out var found, out _)) dateline = found;
        var rawSource = front.Source ?? byline.Source ?? dateline?.Source ?? header.SiteSource ?? footer.Select(l => FooterFacts.SourceFrom(l, config)).FirstOrDefault(s => s is not null)
            ?? (paragraphs.Count > 1 ? FooterFacts.ContactSource(paragraphs[^1], config) : null);
        var source = rawSource is null ? null : config.CanonicalSource(rawSource);

        var written = byline.Published ?? byline.Updated;
        var published = front.Date ?? (written is null ? null : PublicationDate.FromWritten(written, source, config));
        DateTimeOffset? updated = byline.Published is not null && byline.Updated is { } u ? PublicationDate.FromWritten(u, source, config) : null;

        var pathDate = PublicationDate.FromPath(file.Path);
        var stamped = footer.Select(FooterFacts.DateFrom).FirstOrDefault(d => d is not null);
        DateOnly? reference = published is { } known ? DateOnly.FromDateTime(known.DateTime) : stamped ?? pathDate?.Latest;
        if (paragraphs.Count > 0 && DatelineParser.TryParse(paragraphs[0], reference, lenient, out var dated, out var rest))
        {
            dateline = dated;
            paragraphs[0] = rest;
        }
        else if (lenient && paragraphs.Count > 1 && IsPlaceLine(paragraphs[0]))
        {
            dateline = new Dateline(paragraphs[0], null, paragraphs[0], null);
            paragraphs.RemoveAt(0);
        }
        else if (dateline is null && byline.Place is { } filedFrom)
        {
            dateline = new Dateline(filedFrom, null, "", null);
        }
        if (published is null && (dateline?.Date ?? stamped) is { } datelineDate)
            published = PublicationDate.FromDateline(datelineDate, source, file, datelineLine, config, diagnostics);
        published ??= PublicationDate.FromPath(pathDate, source, file, config, diagnostics);
        return new WireFacts(source, published, updated, dateline is null ? null : dateline with { Source = dateline.Source is { } s ? config.CanonicalSource(s) : null });
    }

    /// <summary>A dateline printed as a paragraph of its own: "ISTANBUL".</summary>
    private static bool IsPlaceLine(string paragraph) =>
        paragraph.Length <= 40 && paragraph.Count(char.IsLetter) >= 3 && !paragraph.Any(char.IsLower) && !paragraph.Any(char.IsAsciiDigit)
        && paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3 && !Paragraphs.EndsSentence(paragraph);
}
