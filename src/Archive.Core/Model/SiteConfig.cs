namespace Archive.Model;

/// <summary>The site's settings, validated and typed. Built by <see cref="Archive.Configuration.ConfigLoader"/>.</summary>
public sealed record SiteConfig
{
    public string Title { get; init; } = "News Archive";
    public string Description { get; init; } = "An archive of news articles.";
    /// <summary>Absolute base URL ending in '/', used for canonical links, feeds and sitemaps.</summary>
    public string BaseUrl { get; init; } = "http://localhost:4000/";
    public string Language { get; init; } = "en";
    /// <summary>The site's time zone: dates without a zone of their own are read in it.</summary>
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;
    public int PageSize { get; init; } = 20;
    public int FeedItems { get; init; } = 20;
    public bool FeedFullText { get; init; }
    public bool AllowRawHtml { get; init; }
    /// <summary>Terms with fewer articles are listed on their index but get no page of their own.</summary>
    public int MinTermCount { get; init; } = 1;
    /// <summary>Time zone per source, keyed by canonical source name (ordinal, case-insensitive).</summary>
    public IReadOnlyDictionary<string, TimeZoneInfo> SourceTimeZones { get; init; } =
        new Dictionary<string, TimeZoneInfo>(StringComparer.OrdinalIgnoreCase);
    /// <summary>Other spellings of a source, mapped to its canonical name.</summary>
    public IReadOnlyDictionary<string, string> SourceAliases { get; init; } =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
    /// <summary>Subjects, countries and regions with their keywords and scoring settings.</summary>
    public Archive.Taxonomy.TaxonomyDefinition Taxonomy { get; init; } = Archive.Taxonomy.TaxonomyDefinition.Default;

    public static SiteConfig Default { get; } = Archive.Configuration.ConfigLoader.Defaults();

    /// <summary>The zone to read a source's times in when the text names none.</summary>
    public TimeZoneInfo ZoneFor(string? source) =>
        source is not null && SourceTimeZones.TryGetValue(source, out var zone) ? zone : TimeZone;

    /// <summary>The canonical spelling of a source name.</summary>
    public string CanonicalSource(string source) =>
        SourceAliases.TryGetValue(source.Trim(), out var canonical) ? canonical : source.Trim();
}
