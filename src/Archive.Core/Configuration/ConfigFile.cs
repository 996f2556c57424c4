namespace Archive.Configuration;

/// <summary>The YAML shape of <c>archive.yml</c>. Every key is optional; unknown keys are errors.</summary>
internal sealed class ConfigFile
{
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? BaseUrl { get; set; }
    public string? Language { get; set; }
    public string? TimeZone { get; set; }
    public int? PageSize { get; set; }
    public int? FeedItems { get; set; }
    public bool? FeedFullText { get; set; }
    public bool? AllowRawHtml { get; set; }
    public int? MinTermCount { get; set; }
    public Dictionary<string, string>? SourceTimeZones { get; set; }
    public Dictionary<string, List<string>>? SourceAliases { get; set; }
    /// <summary>Shorthand kept from the first release: subject name to keywords (replacing its default ones); an empty list drops it.</summary>
    public Dictionary<string, List<string>>? Topics { get; set; }
    public Archive.Taxonomy.TaxonomyFile? Taxonomy { get; set; }
}
