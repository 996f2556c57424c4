namespace Archive.Taxonomy;

/// <summary>How matches are weighed and how many terms an article gets.</summary>
/// <param name="TitleWeight">Points for a match in the title.</param>
/// <param name="LedeWeight">Points for a match in the first paragraph.</param>
/// <param name="BodyWeight">Points for a match in the paragraphs before <paramref name="TailFromParagraph"/>.</param>
/// <param name="TailWeight">Points for a match from paragraph <paramref name="TailFromParagraph"/> (1-based) on.</param>
/// <param name="PlaceWeight">Points the dateline place gives its country.</param>
/// <param name="WeakFactor">Multiplier for weak (ambiguous) keywords.</param>
/// <param name="SubjectThreshold">Minimum score for an inferred subject.</param>
/// <param name="SubjectRelative">Minimum score as a fraction of the best subject's.</param>
/// <param name="SubjectCap">At most this many inferred subjects.</param>
public sealed record TaxonomySettings(
    double TitleWeight, double LedeWeight, double BodyWeight, double TailWeight, int TailFromParagraph,
    double PlaceWeight, double WeakFactor,
    double SubjectThreshold, double SubjectRelative, int SubjectCap,
    double CountryThreshold, double CountryRelative, int CountryCap)
{
    /// <summary>Used only when the embedded file gives no settings.</summary>
    public static TaxonomySettings Fallback { get; } = new(3, 2, 1, 0.5, 6, 1.5, 0.4, 3, 0.3, 3, 2.5, 0.2, 5);

    /// <summary>These settings with the given overrides applied; problems go to <paramref name="errors"/>.</summary>
    public TaxonomySettings With(TaxonomySettingsFile? file, List<string> errors)
    {
        if (file is null) return this;
        var result = this with
        {
            TitleWeight = NonNegative(file.TitleWeight, "title_weight", errors) ?? TitleWeight,
            LedeWeight = NonNegative(file.LedeWeight, "lede_weight", errors) ?? LedeWeight,
            BodyWeight = NonNegative(file.BodyWeight, "body_weight", errors) ?? BodyWeight,
            TailWeight = NonNegative(file.TailWeight, "tail_weight", errors) ?? TailWeight,
            TailFromParagraph = Positive(file.TailFromParagraph, "tail_from_paragraph", errors) ?? TailFromParagraph,
            PlaceWeight = NonNegative(file.PlaceWeight, "place_weight", errors) ?? PlaceWeight,
            WeakFactor = NonNegative(file.WeakFactor, "weak_factor", errors) ?? WeakFactor,
            SubjectThreshold = NonNegative(file.SubjectThreshold, "subject_threshold", errors) ?? SubjectThreshold,
            SubjectRelative = Fraction(file.SubjectRelative, "subject_relative", errors) ?? SubjectRelative,
            SubjectCap = NonNegative(file.SubjectCap, "subject_cap", errors) ?? SubjectCap,
            CountryThreshold = NonNegative(file.CountryThreshold, "country_threshold", errors) ?? CountryThreshold,
            CountryRelative = Fraction(file.CountryRelative, "country_relative", errors) ?? CountryRelative,
            CountryCap = NonNegative(file.CountryCap, "country_cap", errors) ?? CountryCap,
        };
        return result;
    }

    private static double? NonNegative(double? value, string key, List<string> errors)
    {
        if (value is null || (value >= 0 && double.IsFinite(value.Value))) return value;
        errors.Add($"taxonomy.settings.{key}: must be zero or more, not {value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        return null;
    }

    private static int? NonNegative(int? value, string key, List<string> errors)
    {
        if (value is null or >= 0) return value;
        errors.Add($"taxonomy.settings.{key}: must be zero or more, not {value}");
        return null;
    }

    private static int? Positive(int? value, string key, List<string> errors)
    {
        if (value is null or > 0) return value;
        errors.Add($"taxonomy.settings.{key}: must be 1 or more, not {value}");
        return null;
    }

    private static double? Fraction(double? value, string key, List<string> errors)
    {
        if (value is null or >= 0 and <= 1) return value;
        errors.Add($"taxonomy.settings.{key}: must be between 0 and 1, not {value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        return null;
    }
}
