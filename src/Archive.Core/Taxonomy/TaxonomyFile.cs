namespace Archive.Taxonomy;

/// <summary>The YAML shape of a taxonomy: the embedded default and the <c>taxonomy:</c> key of archive.yml.</summary>
public sealed class TaxonomyFile
{
    public TaxonomySettingsFile? Settings { get; set; }
    /// <summary>Phrases that are evidence for nothing; they hide the keywords inside them.</summary>
    public List<string>? Ignore { get; set; }
    public Dictionary<string, TermFile?>? Subjects { get; set; }
    public Dictionary<string, TermFile?>? Regions { get; set; }
    public Dictionary<string, TermFile?>? Countries { get; set; }
}

/// <summary>One topic, country or region in YAML. In an override, each list given replaces the default's.</summary>
public sealed class TermFile
{
    public List<string>? Keywords { get; set; }
    public List<string>? Aliases { get; set; }
    public List<string>? Demonyms { get; set; }
    public string? Capital { get; set; }
    public List<string>? Cities { get; set; }
    public List<string>? Weak { get; set; }
    public List<string>? AddKeywords { get; set; }
    public List<string>? RemoveKeywords { get; set; }
    public string? Rename { get; set; }
    public bool? Drop { get; set; }
}

/// <summary>Scoring settings in YAML; each one given overrides the default.</summary>
public sealed class TaxonomySettingsFile
{
    public double? TitleWeight { get; set; }
    public double? LedeWeight { get; set; }
    public double? BodyWeight { get; set; }
    public double? TailWeight { get; set; }
    public int? TailFromParagraph { get; set; }
    public double? PlaceWeight { get; set; }
    public double? WeakFactor { get; set; }
    public double? SubjectThreshold { get; set; }
    public double? SubjectRelative { get; set; }
    public int? SubjectCap { get; set; }
    public double? CountryThreshold { get; set; }
    public double? CountryRelative { get; set; }
    public int? CountryCap { get; set; }
}
