using Archive.Model;

namespace Archive.Reading;

/// <summary>Source, dates and dateline of a plain-text article, each from the strongest evidence the file offers:
/// front matter, then byline, then dateline, then the site name; dates last of all from the path, never the file's mtime.</summary>
public sealed record WireFacts(string? Source, DateTimeOffset? Published, DateTimeOffset? Updated, Dateline? Dateline)
{
    /// <summary>Resolves the facts and removes the dateline from <paramref name="paragraphs"/>[0].</summary>
    public static WireFacts Resolve(FrontMatter front, WireHeader header, List<string> paragraphs, int datelineLine, SourceFile file, SiteConfig config, DiagnosticBag diagnostics)
    {
        var byline = header.Byline;
        Dateline? dateline = null;
        // The dateline's source may decide the zone, so it is found before the year of its date is known.
        if (paragraphs.Count > 0 && DatelineParser.TryParse(paragraphs[0], null, out var found, out _)) dateline = found;
        var rawSource = front.Source ?? byline.Source ?? dateline?.Source ?? header.SiteSource;
        var source = rawSource is null ? null : config.CanonicalSource(rawSource);

        var written = byline.Published ?? byline.Updated;
        var published = front.Date ?? (written is null ? null : PublicationDate.FromWritten(written, source, config));
        DateTimeOffset? updated = byline.Published is not null && byline.Updated is { } u ? PublicationDate.FromWritten(u, source, config) : null;

        var pathDate = PublicationDate.FromPath(file.Path);
        DateOnly? reference = published is { } known ? DateOnly.FromDateTime(known.DateTime) : pathDate?.Latest;
        if (paragraphs.Count > 0 && DatelineParser.TryParse(paragraphs[0], reference, out var dated, out var rest))
        {
            dateline = dated;
            paragraphs[0] = rest;
        }
        if (published is null && dateline?.Date is { } datelineDate)
            published = PublicationDate.FromDateline(datelineDate, source, file, datelineLine, config, diagnostics);
        published ??= PublicationDate.FromPath(pathDate, source, file, config, diagnostics);
        return new WireFacts(source, published, updated, dateline is null ? null : dateline with { Source = dateline.Source is { } s ? config.CanonicalSource(s) : null });
    }
}
